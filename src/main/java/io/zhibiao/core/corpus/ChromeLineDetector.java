package io.zhibiao.core.corpus;

/**
 * Recognises lines of web-portal and forum chrome (share bars, print/close links, copyright footers,
 * forum user stats) that were copied along with a report. A line is judged as a whole and only short
 * lines without a sentence end (。) qualify, so report paragraphs mentioning such words stay.
 */
final class ChromeLineDetector {

    /** Longest line (in chars) that can still be chrome. */
    private static final int MAX_CHROME_LENGTH = 160;

    /** Markers that are chrome wherever they occur in a short line. */
    private static final String[] ANYWHERE = {
        "分享到", "打印本页", "打印此页", "关闭窗口", "关闭本页", "签到天数", "立即注册", "找回密码", "Powered by",
        "powered by", "版权所有", "网站标识码", "ICP备", "ICP证", "公网安备", "扫一扫", "只看该作者", "收藏本页",
        "加入收藏", "设为首页", "返回顶部", "网站地图", "当前位置", "您的位置", "浏览次数", "阅读次数", "访问次数",
        "点击次数", "页面纠错", "版权声明", "Copyright", "COPYRIGHT", "©", "【大】", "【中】", "【小】", "【打印】", "【关闭】"
    };

    /**
     * Markers that are chrome only as a label: neither neighbour is a Chinese character, so "积分: 120" or
     * "回复 #3" match while "积分落户" or "答复" do not.
     */
    private static final String[] LABELS = {
        "字号", "字体", "上一篇", "下一篇", "上一条", "下一条", "发表于", "回复", "积分", "登录", "注册", "举报",
        "楼主", "沙发", "板凳", "帖子", "精华", "在线时间", "注册时间", "最后登录", "阅读权限", "发消息",
        "责任编辑", "编辑", "来源", "作者", "打印", "关闭", "收藏", "点赞", "转发", "评论", "主办", "承办",
        "技术支持", "联系我们", "首页", "主办单位", "承办单位", "网站管理", "咨询热线"
    };

    private ChromeLineDetector() {
    }

    /** Whether original[start, end) is a chrome line; start is after any bullet and leading space. */
    static boolean isChrome(String s, int start, int end) {
        if (end - start > MAX_CHROME_LENGTH || indexOf(s, '。', start, end) >= 0) {
            return false;
        }
        for (String marker : ANYWHERE) {
            if (find(s, marker, start, end) >= 0) {
                return true;
            }
        }
        for (String label : LABELS) {
            int from = start;
            int at;
            while ((at = find(s, label, from, end)) >= 0) {
                int after = at + label.length();
                boolean leftFree = at == start || !isHan(s.charAt(at - 1));
                boolean rightFree = after == end || !isHan(s.charAt(after));
                if (leftFree && rightFree) {
                    return true;
                }
                from = at + 1;
            }
        }
        return false;
    }

    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');
    }

    // bounded searches: String.indexOf would scan the rest of the document for every short line

    private static int indexOf(String s, char c, int start, int end) {
        for (int i = start; i < end; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int find(String s, String marker, int start, int end) {
        char first = marker.charAt(0);
        int last = end - marker.length();
        for (int i = start; i <= last; i++) {
            if (s.charAt(i) == first && s.regionMatches(i, marker, 0, marker.length())) {
                return i;
            }
        }
        return -1;
    }
}
