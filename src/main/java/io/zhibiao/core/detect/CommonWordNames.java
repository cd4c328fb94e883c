package io.zhibiao.core.detect;

import java.util.Set;

/**
 * County-level names that are also ordinary words or frequent substrings of report prose: 振兴 (乡村振兴),
 * 资源, 合作, 平安, 通道, 范县 (示范县), 新平 (创新平台), 上高 (提升高质量), 迁安 (搬迁安置), 资中 (投资中) ...
 * Derived once by running {@link NameMatcher} over 143 real 2024 city reports and keeping the county-level
 * names found in six or more of them (no county is legitimately named in six unrelated cities' reports).
 * Such a name is only believed when the county's own prefecture (or province, for counties directly under one)
 * is named in the same text; see {@link RegionDetector}.
 */
final class CommonWordNames {

    static final Set<String> WORDS = Set.of(
            "振兴", "资源", "合作", "新建", "平安", "惠民", "城区", "新兴", "和政", "通道", "范县", "友好", "新平", "解放", "共和", "公安",
            "大新", "青山", "市中", "富裕", "新城", "城中", "增城", "金山", "港口", "前进", "富民", "新和", "大兴", "大城", "古城", "安居",
            "运河", "双城", "浦江", "同心", "利通", "延长", "新市", "大通", "安宁", "大关", "和县", "温泉", "互助", "大安", "通城", "安定",
            "滨江", "上高", "复兴", "东方", "高要", "江南", "南部", "和平", "同仁", "灯塔", "清水", "迁安", "太平", "小金", "江山", "三江",
            "平和", "滨海", "站前", "乐业", "凤凰", "成县", "新安", "老城", "城东", "大方", "新华", "通江", "兴城", "大田", "平原", "河东",
            "河口", "上城", "兴业", "江海", "清新", "矿区", "老城区", "路北", "路南", "城西", "建安", "江北", "红旗", "资中", "金沙", "友谊",
            "宏伟", "民和", "江口", "裕民", "东湖", "东风", "九龙", "城北", "定安", "沿河", "海港", "路桥", "长寿", "龙山", "光明", "大名",
            "惠农", "惠安", "杂多", "金安", "三水", "全州", "南山", "大化", "太湖", "民丰", "沙河", "河西", "清河", "白沙", "融安", "高县",
            "东山", "商城", "天桥", "山城", "平陆", "建水", "江岸", "泰山", "白云", "莲花", "西湖", "长安", "龙潭", "东海", "南城", "南湖",
            "双清", "合水", "和顺", "天等", "安新", "康保", "康县", "成安", "新城区", "新河", "水城", "永兴", "渝中", "界首", "芙蓉", "花山",
            "蒙山", "金凤", "龙泉", "龙门");

    private CommonWordNames() {
    }

    static boolean isCommonWord(String surface) {
        return WORDS.contains(surface);
    }
}
