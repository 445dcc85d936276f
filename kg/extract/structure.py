"""Document structure: metadata, paragraphs, numbered sections and items, sentences.

Section markers are the genre's: 一、 (level 1), （一） (level 2), 1. / 1、 /
1． (level 3), 1.1 (level 4: a report's problems numbered under its numbered
aspects), （1） / ① (level 5). A heading is the marker's line when the
line is one short sentence, else the marker's first sentence: ``1.X不到位。一是…``
is headed X不到位 and its body starts at 一是.

Metadata comes from what the page says about itself: a title line, 来源/作者/
发布时间 lines (a date may follow the publisher: 来源:XX网站 2023-12-18), a
date line under the title, a dateline (新华社北京12月11日电), or a signature
block at the end (中共卫滨区委 / 2021年6月30日). The publication date is the
page's own, never the date of an event the body tells (the body's months only
give a yearless dateline its year). Site furniture (今天是…, 用微信扫描二维码,
字号, 打印本页 …) is left out of the paragraphs, so no later stage reads it;
every span still indexes ``doc.text``.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

import cn2an

from kg.extract.lexicon import BULLET, PAGE_NUMBER
from kg.extract.pipeline import stage
from kg.ingest.document import Block, Document, Metadata, Section, Sentence
from kg.ingest.pages import iso_date

log = logging.getLogger(__name__)

# Marker patterns at the start of a paragraph, with the level each stands for.
SECTION_MARKERS: list[tuple[int, re.Pattern[str]]] = [
    (1, re.compile(r"^(?P<marker>(?P<num>[一二三四五六七八九十]{1,3})\s*[、.．])")),
    (2, re.compile(r"^(?P<marker>[(（]\s*(?P<num>[一二三四五六七八九十]{1,3})\s*[)）]\s*[、.．]?)")),
    (3, re.compile(r"^(?P<marker>(?P<num>\d{1,2})\s*(?:[、.．](?!\d)|\s))")),
    (4, re.compile(r"^(?P<marker>\d{1,2}[.．](?P<num>\d{1,2})(?![\d.．%％万亿千百元]))\s*[、.．]?")),
    (5, re.compile(r"^(?P<marker>[(（]\s*(?P<num>\d{1,2})\s*[)）]\s*[、.．]?)")),
    (5, re.compile(r"^(?P<marker>(?P<circled>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]))")),
]
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# Sentence ends: 。！？… and ；(list items), with closing quotes/brackets kept on the sentence. (The first end is
# written apart from the run: a pattern that opens with a class, not with a repeat, is one the engine skips through
# the text to, from one such character to the next, instead of trying it at every position.)
# (a ? between characters is one a page's encoding lost, 高?镇 / ??h委, no question's end)
LOST_CHARACTER = r"(?<=[\u4e00-\u9fff?、]\?)(?=[\u4e00-\u9fffA-Za-z?])"  # (、?头洲镇: a name's first)
SENTENCE_END = re.compile(rf"[。！？!?；;…](?!{LOST_CHARACTER})[。！？!?；;…]*[”’」』）)]*")

# A heading line longer than this is a paragraph that starts with a marker; its heading is its first sentence.
MAX_HEADING_LINE = 60
# A heading sentence ends at 。！？ outside quotes (针对“X。”问题 is one sentence); a ； separates clauses of one
# heading. What the heading ends with is not part of its text.
_HEADING_STOPS = re.compile(r"[。！？!?“”‘’「」『』]")
_OPENING_QUOTES = "“‘「『"
_HEADING_TRIM = "。；;！!？? "
_WORD = re.compile(r"\w")
_HAN = re.compile(r"[\u4e00-\u9fff]")

# Lines of site furniture, never content: page chrome, share widgets, copyright and filing lines.
# BOILERPLATE is matched at the line's start, BOILERPLATE_ANYWHERE anywhere in it.
BOILERPLATE: list[str] = [
    # 今天是:2021年… / 今天是2023年12月18日 星期一 (the site's clock; not 今天是市委第六巡察组进驻…的第十二天)
    r"(?:您好[,!]?\s*)?今天是[:：\s]*(?:$|\d|[〇一二三四五六七八九零]{4}年|星期|周[一二三四五六日])",
    r"(?:当前位置|所在位置|[您你](?:现在|当前)?(?:的|所在)位置|(?:网站)?首页\s*[>»/＞|])",  # breadcrumbs
    r"(?:用微信)?扫(?:描|一扫)",  # 用微信扫描二维码 / 扫一扫在手机打开当前页
    r"分享(?:到|至)",  # 分享到: / 分享至好友和朋友圈
    r"【?字(?:号|体)",  # 字号: 大 中 小 / 【字体:大 中 小】
    r"【?(?:打印|关闭|返回顶部)",  # 打印本页 / 【打印】【关闭】 / 关闭窗口
    r"(?:上一篇|下一篇|上一条|下一条)",
    r"(?:热点|热门|推荐|相关)(?:新闻|文章|阅读|推荐|信息)?\s*[:：].*[|｜]",  # 热点：A | B: other pages' titles on one line
    r"欢迎(?:访问|光临|您)",  # 欢迎访问XX网站
    r"(?:(?:政府)?信息公开(?:目录|专栏|指南)?|政务公开)$",  # section labels of government sites, not titles
    r"[^\w]*$",  # punctuation only (a stray |)
    r"[^\s]{1,60}\.(?i:jpe?g|png|gif|bmp|webp)$",  # an image's file name (微信截图_20240920153326.jpg)
]
# The site's clock, bare (2021年4月30日 星期五): furniture, unless a headline stands right above it, whose date it is.
SITE_CLOCK = re.compile(r"\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]\s*$")
HEADLINE_WORDS = re.compile(r"巡视|巡察|反馈|整改|通报|召开|进驻|开展|部署|动员|举行|启动|完成")
BOILERPLATE_ANYWHERE: list[str] = [
    r"版权所有|ICP备|网站标识码|公网安备",  # copyright and filing numbers
]
# Page chrome run into the text's last line where the page lost its line breaks (…受理时间为工作日。【打印】【关闭】
# 上一篇:县委第二巡察组向甲局党组反馈巡察情况): the line ends before it (another page's title is no fact of this one).
# (Each alternative opens with a literal, which the engine skips through the text to.)
INLINE_CHROME = re.compile(r"【(?:打印|关闭)(?:本页|窗口)?】|上一[篇条]\s*[:：]|下一[篇条]\s*[:：]")
# The heading of a list of links to other pages, alone on its line (相关新闻, 延伸阅读:, 往期推荐), and the lines under
# it that are titles (no sentence end, short, perhaps bulleted and dated).
LINKS_HEADING = re.compile(r"[【\[]?(?:相关(?:新闻|阅读|链接|文章|报道|稿件|推荐|信息|内容|专题)|延伸阅读|推荐阅读|往期(?:推荐|回顾|精选)"
                           r"|热点(?:推荐|新闻|文章|关注|排行|聚焦)?|热门(?:文章|新闻|推荐|排行)?|最新(?:文章|新闻|动态|发布)"
                           r"|(?:阅读|点击|浏览|新闻)排行(?:榜)?"
                           r"|猜你喜欢|更多(?:新闻|阅读|精彩)|精彩推荐|近期文章|通知公告|公示公告)[】\]]?[:：]?")
LINK_TITLE = re.compile(r"[·•●◆▪\-\d.、 \t\u3000]*[^。！？!?]{4,60}?(?:[ \t\u3000]*[\[(（]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\])）]?)?")
# A headline on a section's index page: a bullet perhaps, the title (no sentence end) that tells news (a verb: not a
# table's row of a team, a unit and a date), its date at the line's end.
DATED_HEADLINE = re.compile(r"[·•●◆▪\- \t\u3000]*(?=[^。！？!?]*(?:反馈|进驻|召开|开展|部署|动员|听取|举办|完成|启动|举行))"
                            r"[^。！？!?]{6,60}?[ \t\u3000]*[\[(（]?\d{4}-\d{1,2}-\d{1,2}[\])）]?")
INDEX_RUN = 4  # how many dated headlines in a row make an index page's list
ARTICLE_SENTENCE = re.compile(r"[。！？!?]")  # a line with one is the page's own prose, not a headline or the chrome
INTRODUCES_LIST = re.compile(r"(?:如下|以下)[:：]?\s*$")
# One pass per line for each table.
_FURNITURE_START = re.compile("|".join(f"(?:{p})" for p in BOILERPLATE))
_FURNITURE_ANYWHERE = re.compile("|".join(f"(?:{p})" for p in BOILERPLATE_ANYWHERE))

# Closing formulas of a report: they end every open section (the contact line is not part of the last issue).
CLOSING: list[re.Pattern[str]] = [re.compile(p) for p in (
    r"^欢迎广大(?:干部群众|党员干部|群众)",  # 欢迎广大干部群众对巡察整改落实情况进行监督
    r"^特此(?:通报|公告|报告)",
)]

# 来源:/作者:/发布时间: keys of a metadata line, longest first, and the Metadata field each fills
# ("editor": the creator when the page names no author; None: recognised so its value does not run
# into the next key, but not kept).
META_KEYS: dict[str, str | None] = {
    "发布时间": "issued", "发布日期": "issued", "发表时间": "issued", "发稿时间": "issued", "发文日期": "issued",
    "出版": "issued", "出版时间": "issued",  # 出版:2025-06-12 17:40 更新:… (a Hong Kong site's header)
    "成文日期": "issued", "日期": "issued", "时间": "issued", "更新时间": "issued", "更新日期": "issued",
    "上传时间": "issued", "录入时间": "issued", "公开日期": "issued", "印发日期": "issued", "发布于": "issued",
    "发布": "issued",  # 发布:2022-07-05 来源:… (a site's key without 时间)
    "填报日期": "issued", "填报单位": "source",  # a form's (a rectification ledger's) date and unit
    "播出时间": "issued", "播出日期": "issued",  # a broadcast's (a TV news script's)
    "来源": "source", "信息来源": "source", "文章来源": "source", "稿件来源": "source", "新闻来源": "source",
    "发布机构": "source", "发布单位": "source", "发布者": "source", "发文机关": "source", "供稿单位": "source",
    "供稿": "source",
    "作者": "creator", "撰文": "creator", "撰稿": "creator", "记者": "creator", "通讯员": "creator",
    "责任编辑": "editor", "编辑": "editor", "发布人": "editor",
    "标题": "title",
    "审核": None, "审校": None, "校对": None, "摄影": None, "阅读量": None, "阅读": None, "浏览次数": None,
    "浏览": None, "点击": None, "访问量": None, "字号": None, "字体": None,
    # the table of a 政府信息公开 page: 索引号:… 主题分类:… 发布机构:… 文号:…
    "索引号": None, "主题分类": None, "分类": None, "文号": None, "发文字号": None, "公开方式": None,
    "公开范围": None, "有效性": None,
}
META_KEY = re.compile("(?:" + "|".join(sorted(map(re.escape, META_KEYS), key=len, reverse=True)) + r")\s*:")
# 【发布时间】2024-05-13 【来源】市委巡察办: a key in brackets, no colon.
BRACKETED_META_KEY = re.compile("【(?:" + "|".join(sorted(map(re.escape, META_KEYS), key=len, reverse=True)) + r")】")
# 记者 张三 通讯员 李四 / (本报记者张三) / 文/张三 / (县委宣传部 文/张三): bylines without a colon, after
# the unit that sent them.
BYLINE = re.compile(r"^[(（]?(?:[\u4e00-\u9fff]{2,20}\s+|[\u4e00-\u9fff]{2,18}?(?:日报|晚报|晨报|时报|报社|电视台|网))?"
                    r"(?:(?:本报|本台|本网)?(?:记者|通讯员)|文\s*/)\s*"
                    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[、\s]+(?:通讯员\s*)?[\u4e00-\u9fff]{2,4})*)[)）]?$")
# 中国雄安官网12月11日电 / 新华社北京2021年12月11日电: agency, optional year, month, day.
DATELINE = re.compile(r"^(?P<agency>[^\s,。:;]{2,20}?)(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:电|讯)")
# A date as pages print it, with an optional weekday and time: 2023-12-18 星期一 09:30, 2023/1/5, 2023.01.05,
# 2023年12月18日.
# (2023年9月28日(星期四) 18:45 / 2023/10/19 14:30(10/19 16:05 更新): the weekday in brackets, the time updated after)
DATE_TIME = re.compile(r"(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
                       r"(?:\s*[(（]?(?:星期|周)[一二三四五六日天][)）]?)?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
                       r"(?:\s*[(（][\d/\-.:\s]{4,20}更新[)）])?")
# A page that lost its line breaks runs its header into its text: 标题 来源:县纪委监委 发布时间:2023-06-20 2023年6月16日,
# 县委第二巡察组…。 A line at least RUN_ON_LINE long with a sentence end in it is read as its lines: the title, the
# metadata fields and the prose, which opens at a dateline after a space (the fields before it apart by spaces, a
# date with its time one field: 2015-02-27 19:11:52) or after the value of the last metadata key before the first
# sentence's end. Furniture it runs into is left out (扫描二维码访问移动版 … / … 版权所有).
RUN_ON_LINE = 80
_GAP = re.compile(r"\s+")
# The furniture that opens such a line runs to a space, a breadcrumb's steps and a bracket's buttons with it
# (当前位置:首页 > 巡察工作 > 动态 / 字号:[大 中 小] / 【打印本页】【关闭窗口】).
_FURNITURE_CHUNK = re.compile(r"(?:\[[^\]\n]*\]|【[^】\n]*】|[^\s\[【])*(?:\s*[>»＞/|｜]\s*\S+)*")
RUN_ON_DATELINE = re.compile(r"(?<=\s)" + DATELINE.pattern.removeprefix("^"))
HEADER_FIELD = re.compile(rf"{DATE_TIME.pattern}|\S+")
RUN_ON_FIELD = re.compile(rf"{META_KEY.pattern}\s*(?:{DATE_TIME.pattern}|\[[^\]\n]*\]|[^\s,，。]+(?:\s+{DATE_TIME.pattern})?)\s+")
# What a header line may hold around the page's date: names and labels set apart by spaces or brackets, a 转载自:
# source, a counter (浏览量:326), no sentence (临溪日报  2023-12-18  记者 某某 / 原创 清风桐岭 2025-03-12 08:30 /
# 2026年11月14日（星期六）).
# (…日报 2022-09-07 第A02版 记者 某某 / …日报数字报 > 2023年12月14日 > 第04版:要闻: a page and an edition's number, a
# breadcrumb's >)
HEADER_WORDS = re.compile(r"[\s\u3000（()）【】\[\]|丨/·>＞]*(?:[\u4e00-\u9fffA-Za-z·][\u4e00-\u9fffA-Za-z0-9·]{0,15}"
                          r"(?:[:：](?:[\u4e00-\u9fffA-Za-z]{2,16}|[ \t\u3000]*\d{1,9}(?!\d)))?"
                          r"[\s\u3000（()）【】\[\]|丨/·>＞]*){0,6}")
# A team in a line of words and a date (县委第一巡察组  县农业农村局党组  2023年12月5日): a row of a schedule, no header's.
TEAM_IN_ROW = re.compile(r"(?:巡视|巡察)组")
# A newspaper's digital edition's breadcrumb above the headline (某某日报数字报 > 2023年12月14日 > 第04版:要闻).
EDITION_LINE = re.compile(r"(?:数字报|电子报|数字版|电子版)|第[A-Z]?\d{1,3}版")
# A WeChat article's line of its account and time, which reposts keep above the headline as well as below it
# (原创 清风某县 清风某县 2024-05-30 18:06 北京 / 健康某市 2023-04-20 17:30 发表于湖南).
WECHAT_LINE = re.compile(r"^(?:原创|原創)[ \t\u3000]|[ \t\u3000](?:发表于|發表於)[\u4e00-\u9fff]{2,4}$")
# A date written day first with dots, as some sites print it: 10.08.2016 04:38 (day, month, year; dotted dates
# that open with the year are DATE_TIME's).
DAY_FIRST = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")
# A section label set before a metadata line's keys: 新闻 时间:2023年04月07日 来源:XX日报.
LINE_LABEL = re.compile(r"[\u4e00-\u9fff]{1,4}")
# Header lines that date the page without a key: 曲靖市纪委监委网站 2024-01-05 under the title (the
# publisher and the date), ——2023年12月26日在县人大常委会会议上 (the day a report or speech was delivered).
PUBLISHER = re.compile(r"[^\s。,;:!?()（）]{2,30}")
# The publisher set before a metadata line's keys, with or without the page's date after it, apart from them:
# XX纪检监察网  2023-06-21 09:15  来源:… / 某集团有限公司  发布日期:…. A site, a paper or a body by its name's end
# (根据市委统一部署 时间:… is a sentence's start).
# (管委会, 人民政府, 分行, and a site's 繁体版 in brackets after its name: 某县人民政府门户网站(繁体版))
PUBLISHER_LEAD = re.compile(r"[^\s。,;:!?()（）]{1,28}(?:网|网站|报|社|台|公司|集团|银行|分行|支行|大学|学院|委|会|办|局|院|中心|部|政府|厅)"
                            r"(?:[(（][^()（）\s]{1,6}[)）]?)?"  # (its close stripped with the lead's edges)
                            r"(?:繁体版|简体版|(?:[ \t|｜]+(?:简体|繁体|简|繁|English|无障碍)版?)+)?"  # (网站 简体|繁体 / 政府网繁体版)
                            rf"(?:\s+(?P<date>{DATE_TIME.pattern}))?")
DELIVERED = re.compile(r"^[—-]+\s*(?P<date>" + DATE_TIME.pattern + r")\s*在")
# The site's or paper's name above the headline (桐川县人民政府网, 南岭廉政网, 某某日报, 央视新闻): the headline is the next line.
SITE_NAME = r"[^\s。,，:：]{2,16}(?:网|网站|门户网站|门户|日报|晚报|晨报|早报|时报|商报|公众号|客户端|新闻|频道)"
# … alone on its line, or followed by its menu (澜屿市人民政府门户网站　首页 政务公开 政务服务) or its breadcrumb (香港商报网 >
# 中国 > 内地新闻).
SITE_LINE = re.compile(rf"{SITE_NAME}(?:[ \t\u3000|｜>＞»]+[^\s。,，:：>＞»]{{2,8}}){{0,12}}")
# A newspaper's masthead line, above or below the headline: the paper, the date (with its weekday, bracketed
# or not), the page (A12, 第02版, B3版) and the page's section (香江晨报 2025年4月9日 星期三 A12 中国新闻 / 江东日报
# 2025年03月21日 第02版 要闻简报 / 某某日报 2024年7月9日(星期二) 第1版).
MASTHEAD = re.compile(rf"(?P<paper>[^\s。,，:：]{{2,16}}(?:日报|晚报|晨报|早报|时报|商报|报))[ \t\u3000]+"
                      rf"(?P<date>{DATE_TIME.pattern})(?:\s*[(（]?(?:星期|周)[一二三四五六日天][)）]?)?"
                      # (第01版：要闻: the page and its section)
                      r"(?:[ \t\u3000]+(?:第?[A-Z]?\d{1,3}版?|第[一二三四五六七八九十]{1,3}版)(?:[:：][ \t\u3000]*[\u4e00-\u9fff]{2,8})?)?"
                      r"(?:[ \t\u3000]+[\u4e00-\u9fff]{2,8})?[ \t\u3000]*")
# A series label above the headline: 十四届市委第五轮巡察反馈情况(三) / 巡视整改系列报道之二.
# An attachment's label above its title (附件 / 附件2:): no title itself.
ATTACHMENT_LABEL = re.compile(r"附件[ \t\u3000]*\d{0,2}[:：]?")
SERIES = re.compile(r"(?:\([一二三四五六七八九十]{1,3}\)|之[一二三四五六七八九十]{1,3})$")
# What separates the fields of a metadata line: 【来源:XX】【发布时间:…】 / 时间:… | 来源:…
_FIELD_EDGES = " |【】[],;、"
_DATE_APART = " |"
_BRACKETS = "[]【】()（） "  # a date line in brackets: 【2023-04-07】  # what sets a date apart from the name on its line (XX网站 2023-12-18)
# A date on its own line closes a signed report; the line before it (or before the date) is the signer.
# In brackets, it closes a news report: (中国华信建设集团有限公司 2023年3月3日).
# The 日 may be missing where the page is cut right after the day (2023年9月15); a formal report writes the date in
# Chinese numerals (二〇二三年四月七日); a news page may close with 2023-04-07.
CN_DATE = re.compile(r"(?P<y>[〇零一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日")
# (a signer opens with no number: 3县委第二巡察组城关镇党委2024年6月13日 is a table's last row run together, not a signature)
SIGNED_DATE = re.compile(r"^\s*[(（]?(?:(?P<signer>[^\s\d。,;:()（）][^\s。,;:()（）]{1,29})\s*)?"
                         rf"(?P<date>\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日?|\d{{4}}-\d{{1,2}}-\d{{1,2}}|{CN_DATE.pattern})"
                         r"(?:印发|发布)?[)）]?\s*$")  # (…办公室 2024年3月15日印发: a document's imprint line)
# What a printed document's copy puts after its signature: page numbers (— 3 —, 第 2 页 共 5 页, ·2·), the lines it
# is sent to (抄送：…) and who filled in a form (填报人：… 审核人：…).
PRINT_FURNITURE = re.compile(rf"^\s*(?:{PAGE_NUMBER.pattern}"
                             r"|(?:抄送|主送|抄报|印送|填报人|编制人|制表人|联系人)[:：].*)\s*$")
# A note under a signature (此件公开发布): it does not end the signature block.
NOTE_LINE = re.compile(r"^[(（][^()（）]{1,20}[)）]$")
# A ruling's clerk (or bench) signing after its date (二〇二三年九月十五日 / 书记员 王某): it does not end the block.
CLERK_LINE = re.compile(r"^[ \t\u3000]*(?:审判长|审判员|人民陪审员|书记员|法官助理|審判長|審判員|人民陪審員|書記員|法官助理)"
                        r"[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t\u3000]*$")
# A date key written without its colon: 发布时间 2023-04-07 / 发布于2023-04-07 / 发布日期 | 2023-04-07 (a table's cells).
KEYED_DATE = re.compile(r"^(?:发布于|发表于|发布时间|发布日期|更新时间|时间|日期)[\s|｜]*(?P<date>" + DATE_TIME.pattern + r")")
SIGNER = re.compile(r"^[^\s。,;:!?]{2,30}$")
# Year-month mentions in running text (2021年11月, 2021-11-30), to place a dateline without a year;
# deadlines (2022年6月底前) are plans, not events the report tells, and are skipped.
YEAR_MONTH = re.compile(r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*|[-/.])(?P<m>\d{1,2})(?:\s*月|[-/.]\d)"
                        r"(?!\d*日?\s*(?:底|末|上旬|中旬|下旬)?\s*(?:以前|之前|前))")

# A year in running text (2018年), for a yearless dateline when the text names no month of a year.
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")

MAX_META_LINE = 120  # a metadata line is short and holds no full stop
# Metadata lines sit above or below the article: a 时间: line in the middle of a report is about something else.
# The title, and a date line of its own, are above the article's first sentence, heading or dateline.
HEAD_LINES, TAIL_LINES = 10, 5
MAX_TITLE_LINE = 80
MAX_EXCLAIMED_TITLE = 40  # a headline may call out (…冲刺! / …了吗?); a longer line that does is a sentence
HEADLINE_CALL = re.compile(r"[。；;…]")  # what no headline's call holds


def _number(match: re.Match[str]) -> int | None:
    if match.groupdict().get("circled"):
        return _CIRCLED.index(match.group("circled")) + 1
    num = match.group("num")
    return int(num) if num.isdigit() else _chinese_number(num)


@lru_cache(maxsize=128)
def _chinese_number(num: str) -> int:
    """一 → 1, 十二 → 12; cached, as cn2an is slow and headings repeat a few numerals."""
    return int(cn2an.cn2an(num, "smart"))


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``, trimmed of surrounding spaces."""
    spans = []
    cursor = start
    for m in SENTENCE_END.finditer(text, start, end):
        spans.append((cursor, m.end()))
        cursor = m.end()
    if cursor < end:
        spans.append((cursor, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _first_sentence_end(text: str, start: int, end: int) -> int:
    """Where the first sentence of ``text[start:end]`` ends (after its 。), or ``end``; 。 inside quotes do not count."""
    depth = 0
    for m in _HEADING_STOPS.finditer(text, start, end):
        c = m.group()
        if c in _OPENING_QUOTES:
            depth += 1
        elif c in "。！？!?":
            if depth == 0:
                stop = m.end()
                while stop < end and text[stop] in "。！？!?":
                    stop += 1
                return stop
        else:
            depth = max(depth - 1, 0)
    return end


def heading_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(heading end, body start)`` of the section whose heading starts at ``start`` on a line ending at ``end``.

    A line of one short sentence is all heading; a line of several sentences is headed by its first
    (``1.X不到位。一是…``); a long line of one sentence by its first clause, up to ；. The body
    starts right after the heading.
    """
    stop = _first_sentence_end(text, start, end)
    if _WORD.search(text, stop, end):
        return stop, stop
    if end - start > MAX_HEADING_LINE:
        clause = SENTENCE_END.search(text, start, end)
        if clause and _WORD.search(text, clause.end(), end):
            return clause.end(), clause.end()
    return end, end


def is_boilerplate(line: str) -> bool:
    """A line of site furniture (see :data:`BOILERPLATE` and :data:`BOILERPLATE_ANYWHERE`)."""
    line = line.strip()
    return bool(_FURNITURE_START.match(line) or _FURNITURE_ANYWHERE.search(line))


def paragraphs(text: str) -> list[Block]:
    """Non-empty lines that are not site furniture, trimmed. Lists of links are furniture too: the lines under a
    相关新闻/延伸阅读/往期推荐 heading, and a run of dated headlines (a section's index page): other pages' titles,
    not this page's text."""
    blocks = []
    links = False  # inside a list of links, under its heading
    last_link: tuple[int, int] | None = None  # the last line read as a link's title
    for m in re.finditer(r"[^\n]+", text):
        start, end = m.span()
        if not m.group().strip():
            continue
        furniture = is_boilerplate(m.group()) or (SITE_CLOCK.match(m.group()) is not None and not (
            blocks and HEADLINE_WORDS.search(text, blocks[-1].start, blocks[-1].end)))
        if run_on := _run_on_lines(text, start, end, furniture):
            *head, (start, end) = run_on
            blocks += [Block(*span) for span in head]
        elif furniture:
            continue
        line = text[start:end]
        stripped = line.strip()
        if LINKS_HEADING.fullmatch(stripped):
            links = True
            continue
        if links and meta_fields(stripped) and last_link is not None:
            # (热点文章⏎A⏎B⏎县医保局开展专项整治⏎发布日期:2023-08-09 来源:…: the sidebar above the page's own headline, the
            # line above its metadata)
            blocks.append(Block(*last_link))
            links = False
        if links and LINK_TITLE.fullmatch(stripped):
            last_link = (start + len(line) - len(line.lstrip()), start + len(line.rstrip()))
            continue
        links = False
        start += len(line) - len(line.lstrip())
        if chrome := INLINE_CHROME.search(text, start, end):
            end = chrome.start()
            if not text[start:end].strip():
                continue
        blocks.append(Block(start, start + len(text[start:end].rstrip())))
    return _without_index_runs(text, blocks)


def _run_on_lines(text: str, start: int, end: int, furniture: bool) -> list[tuple[int, int]]:
    """The lines of a page's header and text run into one line (see RUN_ON_LINE), the prose last; none for a line that
    is not such a run, or is furniture alone. The prose runs to the last sentence end before a footer (furniture with
    no sentence after it)."""
    if end - start < RUN_ON_LINE or not (first := ARTICLE_SENTENCE.search(text, start, end)):
        return []
    lead = _GAP.match(text, start).end() if text[start].isspace() else start
    head: list[tuple[int, int]] = []
    if dateline := RUN_ON_DATELINE.search(text, lead, first.start()):
        head = [field.span() for field in HEADER_FIELD.finditer(text, lead, dateline.start())
                if not is_boilerplate(field.group())]
        start = dateline.start()
    elif fields := list(RUN_ON_FIELD.finditer(text, lead, first.start())):
        title = text[lead:fields[0].start()].strip()
        head = [(lead, lead + len(title))] if title and not is_boilerplate(title) else []
        head.append((fields[0].start(), fields[-1].start() + len(fields[-1].group().rstrip())))
        start = fields[-1].end()
    elif not furniture:
        return []
    else:
        start = lead
    while opening := _FURNITURE_START.match(text, start, end) or INLINE_CHROME.match(text, start, end):
        if (gap := _GAP.match(text, _FURNITURE_CHUNK.match(text, opening.end(), end).end(), end)) is None:
            return []  # (furniture to the line's end)
        start = gap.end()
    if inside := _FURNITURE_ANYWHERE.search(text, start, end):
        ends = [m.end() for m in SENTENCE_END.finditer(text, start, inside.start())]
        if not ends:
            return []  # furniture before any sentence: no prose of the page's own
        if not ARTICLE_SENTENCE.search(text, inside.end(), end):  # a footer (prose after it: pages run together)
            end = ends[-1]
    return [*head, (start, end)] if ARTICLE_SENTENCE.search(text, start, end) else []


def _without_index_runs(text: str, blocks: list[Block]) -> list[Block]:
    """The blocks without runs of INDEX_RUN or more dated headlines (· 县委第二巡察组向县水利局党组反馈巡察情况 2024-12-20)
    beside an article of the page's own. A page that is mostly such lists (a section's index, search results, a topic
    page under its short introduction) is read for what its headlines state."""
    dated = [bool(DATED_HEADLINE.fullmatch(text, b.start, b.end)) for b in blocks]
    prose = sum(b.end - b.start for b, d in zip(blocks, dated) if not d and ARTICLE_SENTENCE.search(text, b.start, b.end))
    if prose < sum(b.end - b.start for b, d in zip(blocks, dated) if d):
        return blocks
    keep = [True] * len(blocks)
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and dated[j]:
            j += 1
        introduced = i > 0 and INTRODUCES_LIST.search(text, blocks[i - 1].start, blocks[i - 1].end)
        if j - i >= INDEX_RUN and not introduced:  # (…汇总如下: introduces a list that is the page's own)
            keep[i:j] = [False] * (j - i)
        i = max(j, i + 1)
    return [b for b, k in zip(blocks, keep) if k]


TRAILING_CHROME = re.compile(r"\s+(?:[【\[][^】\]\n]{1,8}[】\]]\s*)+$")  # a value's trailing buttons ([打印] 【繁体】)


def _field_value(value: str) -> str:
    """A metadata value without the line's separators and brackets: ``省委巡视办)`` of ``(来源:省委巡视办)``."""
    value = TRAILING_CHROME.sub("", re.sub(r"\s+", " ", value)).strip(_FIELD_EDGES)  # (县纪委监委 【简体】【繁体】)
    while value and value[-1] in ")）" and value.count("(") + value.count("（") < value.count(")") + value.count("）"):
        value = value[:-1].strip(_FIELD_EDGES)
    while value and value[0] in "(（" and value.count("(") + value.count("（") > value.count(")") + value.count("）"):
        value = value[1:].strip(_FIELD_EDGES)
    return value


def _byline_names(byline: re.Match[str]) -> str:
    """The names a byline signs (记者 张三 通讯员 李四 → 张三、李四)."""
    return "、".join(n for n in re.split(r"[、\s]+|通讯员", byline.group("names")) if n)


def meta_fields(line: str) -> dict[str, str]:
    """``{field: value}`` of a metadata line such as ``来源:廉洁·通江日期:2021-04-30 16:35阅读量:9817``.

    A date printed without a key of its own (``来源:XX网站 2023-12-18``, ``2022-11-03 10:12 来源:XX``)
    is the issued date unless a date key gives one, and is no part of the value it follows.
    """
    line = line.strip()
    if len(line) > MAX_META_LINE or "。" in line:
        return {}
    byline = BYLINE.match(line)
    if byline:
        return {"creator": _byline_names(byline)}
    keys = list(META_KEY.finditer(line)) or list(BRACKETED_META_KEY.finditer(line))
    if not keys:
        return {}
    lead = line[:keys[0].start()].strip(_FIELD_EDGES + "()（）")
    # (set apart by a space, or by a space and the bracket that opens the field: 大公网 2025年8月4日 【字号:大 中 小】)
    apart = line[:keys[0].start()].rstrip("【[(（").endswith(" ")
    labelled = bool(LINE_LABEL.fullmatch(lead)) and apart
    published_by = PUBLISHER_LEAD.fullmatch(lead) if apart and not labelled and not DATE_TIME.fullmatch(lead) else None
    # (a byline before the keys, apart from them: 某某日报记者 张三 通讯员 李四    发布时间:…)
    signed = BYLINE.match(lead) if apart and not (labelled or published_by) else None
    if lead and not (DATE_TIME.fullmatch(lead) or labelled or published_by or signed):
        return {}
    fields: dict[str, str] = {}
    if signed:
        fields["creator"] = _byline_names(signed)
    loose = ([published_by.group("date") or ""] if published_by  # dates without a key
             else [lead] if lead and not labelled and not signed else [])
    for i, key in enumerate(keys):
        value = line[key.end():keys[i + 1].start() if i + 1 < len(keys) else len(line)]
        field = META_KEYS[key.group().strip("【】").rstrip(":").strip()]
        if field == "issued":
            value = iso_date(value) or ""
        else:
            date = DATE_TIME.search(value)
            if date:
                loose.append(date.group())
                value = value[:date.start()] + " " + value[date.end():]
            value = _field_value(value)
        if field and value and field not in fields:
            fields[field] = value
    issued = next((d for d in map(iso_date, loose) if d), None)
    if issued and "issued" not in fields:
        fields["issued"] = issued
    return fields


@dataclass
class _Dated:
    """A publication date candidate, and whether its year was inferred rather than read."""

    iso: str
    inferred: bool = False


def _dateline_date(match: re.Match[str], text: str) -> _Dated | None:
    """The dateline's date; with no year, the year of the latest year-month the text mentions.

    A report is published after the events it tells, so a dateline month earlier than that
    latest month belongs to the next year.
    """
    month, day = int(match.group("m")), int(match.group("d"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if match.group("y"):
        return _Dated(f"{int(match.group('y')):04d}-{month:02d}-{day:02d}")
    mentions = [(int(m.group("y")), int(m.group("m"))) for m in YEAR_MONTH.finditer(text) if 1 <= int(m.group("m")) <= 12]
    if not mentions:
        # Only years without a month (2018年首轮巡察): the latest of them, the month placing nothing.
        years = [int(y) for y in YEAR.findall(text)]
        return _Dated(f"{max(years):04d}-{month:02d}-{day:02d}", inferred=True) if years else None
    year, latest_month = max(mentions)
    if month < latest_month:
        year += 1
    return _Dated(f"{year:04d}-{month:02d}-{day:02d}", inferred=True)


def _is_body(line: str) -> bool:
    """The article has begun: a sentence, a numbered heading or a dateline (not a title or page header). An
    exclamation or a question in a short line without a comma is a headline's (开局即冲刺!桐岭县启动第三轮巡察)."""
    end = SENTENCE_END.search(line)
    exclaimed = end is not None and not HEADLINE_CALL.search(line) and len(line) <= MAX_EXCLAIMED_TITLE \
        and not re.search(r"[,，]", line)
    return bool(len(line) > MAX_TITLE_LINE or (end and not exclaimed) or DATELINE.match(line)
                or any(p.match(line) for _, p in SECTION_MARKERS))


def _dated_line(line: str) -> tuple[str, str] | None:
    """``(date, rest)`` of a line that ends or starts with a date set apart by a space (XX 2023-12-18)."""
    dated = DATE_TIME.search(line)
    if not dated or not (dated.end() == len(line) and 0 < dated.start() and line[dated.start() - 1] in _DATE_APART
                         or dated.start() == 0 and dated.end() < len(line) and line[dated.end()] in _DATE_APART):
        return None
    iso = iso_date(dated.group())
    return (iso, (line[:dated.start()] + line[dated.end():]).strip(_FIELD_EDGES)) if iso else None


def _head(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    """The title, date and publisher the page header gives outside metadata keys.

    The header is the lines above the article. The title is its first Chinese line (below the metadata
    lines when a page sets them above its headline), or the line after it when that is a series label; a date line (2023-12-18 09:30, ——2023年12月26日在…会议上,
    10.08.2016 04:38) dates the page; a date set after the title (XX反馈巡察情况 2023-12-18), after a name below it
    (曲靖市纪委监委网站 2024-01-05, the name its publisher) or opening a line below it (2010/8/25 作者 XX) is the page's,
    and so is a newspaper masthead's, above or below the title (the paper its publisher).
    """
    title = date = source = None
    seen_meta = False
    above: str | None = None  # the line before this one, when it may be a headline
    before: str | None = None  # the line before that one
    for line in lines[:HEAD_LINES]:
        dated = _dated_line(line)
        rest = dated[1] if dated else ""
        if masthead := MASTHEAD.fullmatch(line):
            source, date = source or masthead.group("paper"), date or iso_date(masthead.group("date"))
        elif EDITION_LINE.search(line) and (inside := DATE_TIME.search(line)) and \
                HEADER_WORDS.fullmatch(line[:inside.start()] + " " + line[inside.end():]):
            date = date or iso_date(inside.group())  # 某某日报数字报 > 2023年12月14日 > 第04版:要闻: the edition's day
        elif DATE_TIME.fullmatch(line.strip(_BRACKETS)) or DELIVERED.match(line):
            date = date or iso_date(line)
        elif keyed := KEYED_DATE.match(line):
            date = date or iso_date(keyed.group("date"))
        elif day_first := DAY_FIRST.fullmatch(line):
            date = date or _day_first_iso(day_first)
        elif meta_fields(line):
            if not seen_meta and above is not None:
                # (links to other pages⏎the headline⏎发布时间:…: the line right above the page's metadata; X联动巡察⏎工作动员会召开
                # ⏎发布日期:…: a headline over two lines, its second short, the first read already)
                title = title + above if title == before and len(above) <= HEADLINE_TAIL else above
            seen_meta = True
        elif dated and title is None and not seen_meta and _HAN.search(rest) and not _is_body(rest):
            title, date = rest, date or dated[0]
        elif dated and title is not None and PUBLISHER.fullmatch(rest) and not _listed_headline(line):
            source, date = source or rest, date or dated[0]
        elif dated and title is not None and DATE_TIME.match(line) and not _is_body(rest):
            date = date or dated[0]  # 2011/3/14 作者 林澄: a header line that opens with the page's date
        elif (title is not None or WECHAT_LINE.search(line)) and (inside := DATE_TIME.search(line)) and \
                HEADER_WORDS.fullmatch(line[:inside.start()] + " " + line[inside.end():]) and \
                not TEAM_IN_ROW.search(line):
            date = date or iso_date(inside.group())  # 临溪日报 2023-12-18 记者 某某 / 原创 某公众号 2025-03-12 08:30
        elif _is_body(line):
            break
        elif (title is None or SERIES.search(title) and not seen_meta or SITE_LINE.fullmatch(title)
              or ATTACHMENT_LABEL.fullmatch(title)) and _HAN.search(line):
            title = line
        if not HEAD_NOTE.fullmatch(line.strip()):  # (the headline⏎竹巡办〔2024〕9号⏎发布时间:…: its note between)
            before, above = above, line if _headline_like(line) and not seen_meta else None
    return title, date, source


# A line between a headline and its metadata that notes the document, not a headline: its issuing number (竹巡办〔2024〕9号),
# the column it was reposted from (乡情汇报 转载).
HEAD_NOTE = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号|[\u4e00-\u9fff]{2,10}[ \t\u3000]+(?:转载|原创|转发)")


HEADLINE_TAIL = 12  # how long the second line of a headline written over two lines may be


# What a line of links or site navigation has and a headline has not: a bullet or tag before it (· X / 【要闻】X), or
# separators between menu entries (首页 | 要闻 / 首页  要闻  巡视巡察).
# (nor a subtitle, ——在…会议上的讲话, nor a byline, 市委常委、市纪委书记　贾敬之, nor a date alone)
NOT_A_HEADLINE = re.compile(r"^[·•●◆▪>»【\[—]|[|｜>»]|\S[ \t\u3000]{2,}\S|(?:\S[ \t\u3000]){3}"
                            r"|(?:书记|主任|部长|局长|院长|校长|组长|主席|委员|记者|通讯员|作者)[ \t\u3000]+[\u4e00-\u9fff·]{2,4}$"
                            r"|^[(（]?\d{4}年\d{1,2}月\d{1,2}日[)）]?$")


def _headline_like(line: str) -> bool:
    """A line that may be the page's headline: words telling news, no sentence, no menu or link list."""
    return bool(_HAN.search(line)) and not _is_body(line) and not NOT_A_HEADLINE.search(line.strip()) \
        and not SITE_LINE.fullmatch(line) and not meta_fields(line) and not line.rstrip().endswith((":", "："))


def _listed_headline(line: str) -> bool:
    """◆总行党委第一巡察组进驻江北分行  2025-03-11: a bulleted or news-telling title of a list with its date, not a
    publisher or a signature with the page's date."""
    return bool(BULLET.match(line) or DATED_HEADLINE.fullmatch(line))


def _day_first_iso(match: re.Match[str]) -> str | None:
    return iso_date(f"{match.group('y')}-{match.group('m')}-{match.group('d')}")


def _cn_iso(value: str) -> str | None:
    """二〇二三年四月七日 → 2023-04-07."""
    m = CN_DATE.fullmatch(value.strip())
    if not m:
        return None
    year = "".join(str("〇一二三四五六七八九".index(c)) if c != "零" else "0" for c in m.group("y"))
    return iso_date(f"{year}-{_chinese_number(m.group('m'))}-{_chinese_number(m.group('d'))}")


def _signature(lines: list[str]) -> tuple[_Dated | None, str | None]:
    """The date and signer closing a report (中共卫滨区委 / 2021年6月30日), metadata lines, notes and a ruling's
    clerk after it allowed."""
    for i in range(len(lines) - 1, max(len(lines) - 1 - TAIL_LINES, -1), -1):
        signed = SIGNED_DATE.match(lines[i]) if not _listed_headline(lines[i]) else None
        if signed:
            signer = signed.group("signer")
            if not signer and i > 0 and SIGNER.match(lines[i - 1]):
                signer = lines[i - 1]
            iso = iso_date(signed.group("date")) or _cn_iso(signed.group("date"))
            return (_Dated(iso) if iso else None), signer
        if not (meta_fields(lines[i]) or NOTE_LINE.match(lines[i]) or CLERK_LINE.match(lines[i])
                or PRINT_FURNITURE.match(lines[i])):
            break
    return None, None


ITEMS_DATED = 3  # how many publication dates (of different days) make a page a list of items, each with its own


def _after_furniture(line: str) -> str:
    """What a header line holds after the furniture it opens with (字号:大 中 小  发布时间:2024-02-28  来源:…: the
    fields the paragraphs leave out with the furniture); empty for a line that opens with none."""
    start = 0
    while opening := _FURNITURE_START.match(line, start):
        if (gap := _GAP.match(line, _FURNITURE_CHUNK.match(line, opening.end()).end())) is None:
            return ""
        start = gap.end()
        start = FONT_SIZES.match(line, start).end()  # (字号:大 中 小: the sizes after the chunk)
    return line[start:] if start else ""


FONT_SIZES = re.compile(r"(?:[大中小默认][ \t\u3000]*)*(?:[】\]][ \t\u3000]*)?")


def extract_metadata(text: str, paras: list[Block], known: Metadata) -> tuple[Metadata, list[str]]:
    """Fill the fields ``known`` lacks (an HTML page's meta tags win) from the text; warnings on inference.

    The publication date is the page's own: a metadata line's, the header's date line, a dateline
    with its year, the signature's, and only then a yearless dateline placed by the text's latest month.
    """
    meta = Metadata(title=known.title, source=known.source, creator=known.creator, issued=known.issued,
                    url=known.url, extra=dict(known.extra))
    warnings: list[str] = []
    lines = [text[p.start:p.end] for p in paras]
    found: dict[str, str] = {}
    fields = [meta_fields(line) for line in lines]
    edges = fields if len(fields) <= HEAD_LINES + TAIL_LINES else fields[:HEAD_LINES] + fields[-TAIL_LINES:]
    edges += [meta_fields(rest) for line in text.split("\n", HEAD_LINES)[:HEAD_LINES] if (rest := _after_furniture(line))]
    for line_fields in edges:
        for name, value in line_fields.items():
            found.setdefault(name, value)
    title, head_date, head_source = _head(lines)
    signed, signer = _signature(lines)
    dateline = next((m for m in map(DATELINE.match, lines[:5]) if m), None)
    dated = _dateline_date(dateline, text) if dateline else None
    issued_candidates = [
        _Dated(found["issued"]) if "issued" in found else None,
        _Dated(head_date) if head_date else None,
        dated if dated and not dated.inferred else None,
        signed,
        dated,
    ]
    issued = next((c for c in issued_candidates if c), None)
    if len({v for line_fields in fields if (v := line_fields.get("issued"))}) >= ITEMS_DATED:
        issued = None  # 发布时间 under each item of a search or index page: the items' dates, none the page's
    meta.title = meta.title or found.get("title") or title
    meta.source = (meta.source or found.get("source") or head_source or signer
                   or (dateline.group("agency") if dateline else None))
    meta.creator = meta.creator or found.get("creator") or found.get("editor")
    if meta.issued is None and issued is not None:
        meta.issued = issued.iso
        if issued.inferred and dateline:
            warnings.append(f"dateline {dateline.group()} has no year; publication date taken as {issued.iso} "
                            "from the latest month the text mentions")
    if signer:
        meta.extra.setdefault("signature", signer)
    return meta, warnings


@stage("structure")
def structure(doc: Document) -> Document:
    """Fill ``doc.metadata``, ``doc.paragraphs``, ``doc.sections`` and ``doc.sentences``."""
    text = doc.text
    doc.paragraphs = paragraphs(text)
    doc.metadata, warnings = extract_metadata(text, doc.paragraphs, doc.metadata)
    doc.warnings.extend(warnings)
    for warning in warnings:
        log.info("%s: %s", doc.path or doc.id, warning)
    sections: list[Section] = []
    sentences: list[Sentence] = []
    stack: list[int] = []  # indices of open sections, outermost first
    for para in doc.paragraphs:
        line = text[para.start:para.end]
        if any(p.match(line) for p in CLOSING):
            while stack:
                sections[stack.pop()].end = para.start
        for level, pattern in SECTION_MARKERS:
            m = pattern.match(line)
            if not m:
                continue
            head_start = para.start + m.end()
            head_end, body_start = heading_span(text, head_start, para.end)
            while stack and sections[stack[-1]].level >= level:
                sections[stack.pop()].end = para.start
            heading = text[head_start:head_end].strip(_HEADING_TRIM)
            sections.append(Section(start=para.start, end=len(text), heading=heading, marker=m.group("marker").strip(),
                                    level=level, number=_number(m), body_start=body_start,
                                    parent=stack[-1] if stack else None))
            stack.append(len(sections) - 1)
            break
        innermost = stack[-1] if stack else None
        sentences.extend(Sentence(start=s, end=e, section=innermost) for s, e in split_sentences(text, para.start, para.end))
    doc.sections = sections
    doc.sentences = sentences
    return doc
