package io.zhibiao.core.detect;

import java.util.List;

/**
 * Derives the short form people write in running text (咸宁 for 咸宁市, 恩施 for 恩施土家族苗族自治州,
 * 广西 for 广西壮族自治区). A short name is never shorter than two characters: stripping stops as soon as
 * it would leave less, because one-character remnants (城 from 城区) match everywhere.
 */
public final class ShortNames {

    /** Longest first, so 自治州 wins over 州 and 新区 over 区. */
    private static final List<String> SUFFIXES = List.of(
            "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区", "矿区",
            "省", "市", "区", "县", "旗", "盟");

    /**
     * Ethnic groups that precede 自治 in names. Multi-character names also occur without 族
     * (巴音郭楞蒙古自治州, 伊犁哈萨克自治州); one-character names are stripped only together with 族.
     */
    private static final List<String> ETHNIC = List.of(
            "柯尔克孜", "乌孜别克", "达斡尔", "鄂温克", "鄂伦春", "维吾尔", "哈萨克", "塔吉克", "塔塔尔", "俄罗斯",
            "布依", "朝鲜", "土家", "哈尼", "傈僳", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗", "撒拉",
            "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴",
            "基诺", "蒙古", "高山", "各", "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎",
            "佤", "畲", "水", "土", "羌", "怒", "京");

    private ShortNames() {
    }

    public static String of(String name) {
        if (name == null || name.length() <= 2 || isFunctionalZone(name)) {
            return name;
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                String rest = name.substring(0, name.length() - suffix.length());
                return suffix.startsWith("自治") || suffix.equals("地区") || suffix.equals("盟")
                        ? stripEthnic(rest) : rest;
            }
        }
        return name;
    }

    /** Development zones and management committees are only ever written out in full. */
    private static boolean isFunctionalZone(String name) {
        return name.endsWith("开发区") || name.contains("管委会") || name.contains("委员会") || name.endsWith("食品区");
    }

    private static String stripEthnic(String rest) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String group : ETHNIC) {
                String withZu = group + "族";
                if (rest.endsWith(withZu) && rest.length() - withZu.length() < 2) {
                    return rest.substring(0, rest.length() - 1);
                }
                if (rest.endsWith(withZu)) {
                    rest = rest.substring(0, rest.length() - withZu.length());
                    stripped = true;
                    break;
                }
                if (group.length() >= 2 && rest.endsWith(group) && rest.length() - group.length() >= 2) {
                    rest = rest.substring(0, rest.length() - group.length());
                    stripped = true;
                    break;
                }
            }
        }
        return rest;
    }
}
