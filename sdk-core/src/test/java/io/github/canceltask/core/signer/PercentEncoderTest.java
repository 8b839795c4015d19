package io.github.canceltask.core.signer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentEncoderTest {

    /**
     * The classic SDK's {@code AcsURLEncoder.percentEncode}: {@code URLEncoder.encode(s, UTF-8)}, then {@code +}→{@code %20},
     * {@code *}→{@code %2A}, {@code %7E}→{@code ~} (notes/alibaba.md §1.1 step 3, read in aliyun-java-sdk-core 4.7.3).
     */
    static String reference(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    /** Hand-written expectation for U+0000..U+00FF, independent of URLEncoder. */
    private static String expectedLatin1(char c) {
        if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '-' || c == '_' || c == '.' || c == '~') {
            return String.valueOf(c);
        }
        if (c < 0x80) {
            return String.format(Locale.ROOT, "%%%02X", (int) c);
        }
        // two UTF-8 bytes: 110000xx 10xxxxxx
        return String.format(Locale.ROOT, "%%%02X%%%02X", 0xC0 | (c >> 6), 0x80 | (c & 0x3F));
    }

    @Test
    void everyCharU0000toU00FFAlone() {
        for (char c = 0; c <= 0xFF; c++) {
            String s = String.valueOf(c);
            String expected = expectedLatin1(c);
            assertEquals(expected, reference(s), "reference disagrees with the hand-written table at U+" + hex(c));
            assertEquals(expected, PercentEncoder.encode(s), "U+" + hex(c));
            StringBuilder out = new StringBuilder();
            PercentEncoder.encode(s, out);
            assertEquals(expected, out.toString(), "StringBuilder overload, U+" + hex(c));
        }
    }

    @Test
    void allCharsU0000toU00FFAsOneString() {
        StringBuilder all = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (char c = 0; c <= 0xFF; c++) {
            all.append(c);
            expected.append(expectedLatin1(c));
        }
        String s = all.toString();
        assertEquals(expected.toString(), reference(s));
        assertEquals(expected.toString(), PercentEncoder.encode(s));
        // and backwards, so that each non-ASCII run is followed by ASCII and the other way round
        String reversed = all.reverse().toString();
        assertEquals(reference(reversed), PercentEncoder.encode(reversed));
    }

    /** The table of notes/alibaba.md §1.1 (column "percentEncode (signature)"), verified there with core 4.7.3. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\" \"   | %20",
        "*       | %2A",
        "~       | ~",
        "+       | %2B",
        "/       | %2F",
        "=       | %3D",
        "&       | %26",
        ":       | %3A",
        "!       | %21",
        "'       | %27",
        "(       | %28",
        ")       | %29",
        "-_.     | -_.",
        "%       | %25",
        "中文     | %E4%B8%AD%E6%96%87",
        "é       | %C3%A9",
        "😀      | %F0%9F%98%80",
    })
    void notesTable(String input, String expected) {
        assertEquals(expected, PercentEncoder.encode(input));
        assertEquals(expected, reference(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // the surrogate pair U+1F600 written as two UTF-16 units
        "\uD83D\uDE00                 | %F0%9F%98%80",
        // LINE SEPARATOR: three UTF-8 bytes (quoted, or @CsvSource strips it as whitespace)
        "\"\u2028\"                   | %E2%80%A8",
        "a\u2028b                     | a%E2%80%A8b",
        "\u4E2D\u6587                 | %E4%B8%AD%E6%96%87",
        "\u00E9                       | %C3%A9",
        "e\u0301                      | e%CC%81",
        "\uFFFD                       | %EF%BF%BD",
        "\uD800\uDC00                 | %F0%90%80%80",
        "\uDBFF\uDFFF                 | %F4%8F%BF%BF",
        "中文 é*~+/%😀                | %E4%B8%AD%E6%96%87%20%C3%A9%2A~%2B%2F%25%F0%9F%98%80",
        "AZaz09-_.~                   | AZaz09-_.~",
        "\"a b\"                      | a%20b",
        "100%                         | 100%25",
        "%20                          | %2520",
    })
    void unicodeAndReserved(String input, String expected) {
        assertEquals(expected, PercentEncoder.encode(input));
        assertEquals(expected, reference(input));
    }

    @Test
    void unpairedSurrogatesBecomeQuestionMarkLikeStringGetBytes() {
        // documented in PercentEncoder#encode; URLEncoder and String#getBytes do the same
        assertEquals("%3F", PercentEncoder.encode("\uD83D"));
        assertEquals("%3F", PercentEncoder.encode("\uDE00"));
        assertEquals("%3Fa%3F", PercentEncoder.encode("\uD83Da\uDE00"));
        assertEquals("%3F%3F", PercentEncoder.encode("\uDE00\uD83D"));
        for (String s : new String[] {"\uD83D", "x\uDE00y", "\uD83D%\uDE00", "\uDE00\uD83D\uDE00"}) {
            assertEquals(reference(s), PercentEncoder.encode(s), s);
        }
    }

    @Test
    void emptyString() {
        assertEquals("", PercentEncoder.encode(""));
        StringBuilder out = new StringBuilder("keep");
        PercentEncoder.encode("", out);
        assertEquals("keep", out.toString());
    }

    @Test
    void stringBuilderOverloadAppendsAfterExistingText() {
        StringBuilder out = new StringBuilder("k=");
        PercentEncoder.encode("a b*c~中", out);
        assertEquals("k=a%20b%2Ac~%E4%B8%AD", out.toString());
        out.append('&');
        PercentEncoder.encode("plain", out);
        assertEquals("k=a%20b%2Ac~%E4%B8%AD&plain", out.toString());
    }

    @Test
    void encodingTwiceEncodesThePercentSigns() {
        // RPC signs the canonical query encoded a second time (notes/alibaba.md §1.1 step 5: ':' -> %3A -> %253A)
        assertEquals("%253A", PercentEncoder.encode(PercentEncoder.encode(":")));
        assertEquals("%25E4%25B8%25AD", PercentEncoder.encode(PercentEncoder.encode("中")));
    }

    private static String hex(char c) {
        return String.format(Locale.ROOT, "%04X", (int) c);
    }
}
