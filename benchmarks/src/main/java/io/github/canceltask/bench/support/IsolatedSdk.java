package io.github.canceltask.bench.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

/**
 * Runs an official SDK that needs OkHttp 3 in the same JVM as our SDK, which needs OkHttp 5.
 *
 * <p>Both OkHttps use the package {@code okhttp3} (and Okio 1 and 3 both use {@code okio}), so they cannot share one
 * class path. The benchmark class path holds ours (OkHttp 5, Okio 3); OkHttp 3.12.13, logging-interceptor 3.12.13 and
 * Okio 1.15.0 (the versions the tea runtime and the Tencent SDK declare) travel inside the benchmark jar as nested jars
 * under {@code META-INF/bench-isolated/okhttp3/}. This loader defines, itself ("child first"):
 * <ul>
 *   <li>{@code okhttp3.*} and {@code okio.*} from those nested jars only (never from the class path);</li>
 *   <li>the official SDK's own packages and our bridge classes from the class path bytes, so that their references to
 *       {@code okhttp3} resolve to OkHttp 3;</li>
 * </ul>
 * and delegates everything else (the JDK, Gson, BouncyCastle, ...) to the application class loader. It is the
 * class-loading equivalent of shading the official SDK with a relocated OkHttp 3, without rewriting any bytecode.
 * Callers talk to the isolated side through JDK types only ({@link Callable}).
 */
public final class IsolatedSdk extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private static final String STAGED = "META-INF/bench-isolated/okhttp3/";
    private static final String[] STAGED_JARS = {"okhttp.jar", "logging-interceptor.jar", "okio.jar"};
    private static final String[] STAGED_ONLY = {"okhttp3.", "okio."};

    private static volatile Map<String, byte[]> stagedEntries;
    private static IsolatedSdk tea;
    private static IsolatedSdk tencent;

    private final ClassLoader app;
    private final String[] childFirst;
    private final Map<String, byte[]> staged;

    private IsolatedSdk(String name, ClassLoader app, String... childFirst) {
        super(name, app);
        this.app = app;
        this.childFirst = childFirst;
        this.staged = stagedEntries();
    }

    /** The loader for the Alibaba Cloud V2 (tea) SDKs, here {@code elasticsearch20170613}. */
    public static synchronized IsolatedSdk tea() {
        if (tea == null) {
            tea = new IsolatedSdk("official-tea", IsolatedSdk.class.getClassLoader(),
                    "okhttp3.", "okio.", "com.aliyun.", "io.github.canceltask.bench.official.tea.");
        }
        return tea;
    }

    /** The loader for the Tencent Cloud SDK. */
    public static synchronized IsolatedSdk tencent() {
        if (tencent == null) {
            tencent = new IsolatedSdk("official-tencent", IsolatedSdk.class.getClassLoader(),
                    "okhttp3.", "okio.", "com.tencentcloudapi.", "io.github.canceltask.bench.official.tencent.");
        }
        return tencent;
    }

    /** Instantiates {@code className} (a bridge class) in this loader with String arguments. */
    @SuppressWarnings("unchecked")
    public <T> Callable<T> newCallable(String className, String... args) {
        try {
            Class<?> c = loadClass(className);
            Class<?>[] types = new Class<?>[args.length];
            java.util.Arrays.fill(types, String.class);
            return (Callable<T>) c.getConstructor(types).newInstance((Object[]) args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + className + " in " + getName(), e);
        }
    }

    /** The OkHttp user agent as the isolated side sees it, e.g. {@code okhttp/3.12.13}: proof of the isolation. */
    public String okhttpVersion() {
        try {
            return (String) loadClass("okhttp3.internal.Version").getMethod("userAgent").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> stagedEntries() {
        Map<String, byte[]> m = stagedEntries;
        if (m != null) {
            return m;
        }
        synchronized (IsolatedSdk.class) {
            if (stagedEntries == null) {
                Map<String, byte[]> all = new HashMap<>();
                ClassLoader cl = IsolatedSdk.class.getClassLoader();
                for (String jar : STAGED_JARS) {
                    try (InputStream raw = cl.getResourceAsStream(STAGED + jar)) {
                        if (raw == null) {
                            throw new IllegalStateException("missing nested jar " + STAGED + jar
                                    + " (build with: mvn -Pbench -pl benchmarks -am package)");
                        }
                        try (JarInputStream in = new JarInputStream(raw)) {
                            JarEntry e;
                            while ((e = in.getNextJarEntry()) != null) {
                                if (!e.isDirectory()) {
                                    all.putIfAbsent(e.getName(), in.readAllBytes());
                                }
                            }
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read nested jar " + jar, e);
                    }
                }
                stagedEntries = Collections.unmodifiableMap(all);
            }
            return stagedEntries;
        }
    }

    private boolean isChildFirst(String name) {
        for (String p : childFirst) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStagedOnly(String name) {
        for (String p : STAGED_ONLY) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!isChildFirst(name)) {
            return super.loadClass(name, resolve); // parent (application loader) first, as usual
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = findClass(name);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/') + ".class";
        byte[] bytes = staged.get(path);
        if (bytes == null && !isStagedOnly(name)) {
            try (InputStream in = app.getResourceAsStream(path)) {
                if (in != null) {
                    bytes = in.readAllBytes();
                }
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
        if (bytes == null) {
            throw new ClassNotFoundException(name + " (isolated loader " + getName() + ")");
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    public URL getResource(String name) {
        URL u = findResource(name);
        return u != null ? u : super.getResource(name);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        byte[] b = staged.get(name);
        return b != null ? new ByteArrayInputStream(b) : super.getResourceAsStream(name);
    }

    @Override
    protected URL findResource(String name) {
        byte[] b = staged.get(name);
        if (b == null) {
            return null;
        }
        try {
            return new URL("isolated", null, -1, "/" + name, new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL u) {
                    return new URLConnection(u) {
                        @Override
                        public void connect() {
                            // in memory
                        }

                        @Override
                        public InputStream getInputStream() {
                            return new ByteArrayInputStream(b);
                        }
                    };
                }
            });
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        URL u = findResource(name);
        return u == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(u));
    }
}
