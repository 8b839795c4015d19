package io.github.canceltask.core.internal.client;

import java.util.Set;

/**
 * The public regions each vendor documents. A region outside the list is refused before anything is sent: a typo
 * would otherwise reach a host that does not exist, or sign for a region the service rejects.
 */
public final class Regions {
    /** Alibaba Cloud regions. */
    public static final Set<String> ALIBABA = Set.of(
            "cn-qingdao", "cn-beijing", "cn-zhangjiakou", "cn-huhehaote", "cn-wulanchabu", "cn-hangzhou",
            "cn-shanghai", "cn-nanjing", "cn-fuzhou", "cn-shenzhen", "cn-heyuan", "cn-guangzhou", "cn-chengdu",
            "cn-wuhan-lr", "cn-hongkong", "ap-northeast-1", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2",
            "ap-southeast-3", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ap-south-1", "us-east-1",
            "us-west-1", "eu-west-1", "eu-central-1", "me-east-1", "me-central-1", "na-south-1",
            "cn-hangzhou-finance", "cn-shanghai-finance-1", "cn-shenzhen-finance-1", "cn-beijing-finance-1",
            "cn-north-2-gov-1", "cn-zhangbei", "cn-wuhan");
    /** Tencent Cloud regions. */
    public static final Set<String> TENCENT = Set.of(
            "ap-bangkok", "ap-beijing", "ap-chengdu", "ap-chongqing", "ap-guangzhou", "ap-guangzhou-open",
            "ap-hongkong", "ap-jakarta", "ap-mumbai", "ap-nanjing", "ap-seoul", "ap-shanghai", "ap-shanghai-fsi",
            "ap-shenzhen-fsi", "ap-singapore", "ap-taipei", "ap-tokyo", "eu-frankfurt", "eu-moscow", "na-ashburn",
            "na-siliconvalley", "na-toronto", "sa-saopaulo");

    private Regions() {
    }

    /**
     * @param field the field's name, for the message
     * @param region a region the user gave
     * @return the region, when it has the shape of one (lower-case words joined by hyphens)
     */
    public static String requireWellFormed(String field, String region) {
        if (region == null || region.isEmpty() || region.length() > 64
                || !region.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')
                || region.startsWith("-") || region.endsWith("-") || region.contains("--")) {
            throw new IllegalArgumentException(field + " is not a region name (lower-case letters, digits and "
                    + "hyphens, e.g. cn-hangzhou or ap-guangzhou)");
        }
        return region;
    }

    /**
     * @param field the field's name, for the message
     * @param region a well-formed region
     * @param known the service's regions
     * @param service the service's name, for the message
     * @return the region, when the vendor documents it for the service
     */
    public static String requireKnown(String field, String region, Set<String> known, String service) {
        if (!known.contains(region)) {
            throw new IllegalArgumentException(field + " '" + region + "' is not a region of " + service);
        }
        return region;
    }
}
