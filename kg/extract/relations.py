"""Relations: mentions → people and posts, teams, inspections and feedback.

Works sentence by sentence on the genre's constructions: 对X开展了常规巡察,
向X反馈, 组长乔树军, 由区委书记X任组长 … Every fact carries the sentence it
came from. Names here are still surface forms (区委, 巡察组, 省委巡视组); the
resolve stage turns them into the document's full entities. PERSON mentions
from any source are used; one found by a model alone becomes a person only
with the context a rule would ask for (a post, 主持/表示/同志, a list).
"""
from __future__ import annotations

import bisect
import datetime
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache, partial
from itertools import chain
from typing import NamedTuple

import cn2an

from kg.extract.first_chars import skipping
from kg.extract.lexicon import (BULLET, DAY_OPENING, ISO_DAY_LENGTH, KIND_LABEL, KNOWN_SHORT_NAMES, PLANNED_FEEDBACK, PROVINCES,
                                ROUND_LABEL, STOP_OPENED_PLACE, UNIT_COUNT, UNIT_COUNTERS, WEEKDAY_NOTE, WHOLE_TEXT_END,
                                abbreviates, in_order, numeral_value, party_key)
from kg.extract.mentions import (BRACKETS_CLOSE, BRACKETS_OPEN, CLOSE_QUOTE, DISPATCHERS, GROUP_REST_WORDS, HEAD_OF, INSPECTION_MODES,
                                 LEVEL_COMMITTEES, LEVELS, NAME_JOINERS, NUMERAL, OPEN_QUOTE, ORG_STOP, PARTY_COMMITTEES, POST,
                                 RESUME_OPENING, SHORT_TEAM_DEFINED, TAKES_POST, TEAM_JOINERS, TRIGGER, UNITS,
                                 alternation, any_name_end, bare_head, is_han, name_end, post_gap_start, written_for)
from kg.extract.pipeline import stage
from kg.extract.tables import (DATE_COLUMNS, EXTENDED_COLUMNS, FEEDBACK_DATE_COLUMNS, FEEDBACK_FIGURE_COLUMNS,
                               FEEDBACK_TARGET_COLUMNS, MODE_COLUMNS, NAME_COLUMNS, POST_COLUMNS, TARGET_COLUMNS,
                               TEAM_COLUMNS, UNIT_COLUMNS, Row, table_rows, target_parts)
from kg.facts import Feedback, Inspection, Membership, Person, Team
from kg.ingest.document import Block, Document, Mention, Sentence

# 根据市委统一部署 / 按照县委安排 / 二十届中央第三轮巡视的(第二巡视组) / 在省委第五轮巡视中: the committee that sent the
# teams of the sentence.
_DISPATCHER = "|".join(DISPATCHERS)
DEPLOYED_BY = re.compile(rf"(?:根据|按照|受)(?:党)?(?P<committee>[\u4e00-\u9fff]{{0,10}}?(?:{_DISPATCHER}))"  # (党中央: 中央)
                         r"(?:的)?(?:统一)?(?:部署|安排|派出|委派|委托)"
                         rf"|(?<![\u4e00-\u9fff])(?:在|本次|此次|这次|本轮|今年|去年|前年|明年|当年|同年|上年)?(?:[一二三四五六七八九十]{{1,3}}届)?"
                         rf"(?P<round_of>(?:[\u4e00-\u9fff]{{2,4}})?(?:{_DISPATCHER}))"  # (a place's at most)
                         r"第[一二三四五六七八九十\d]{1,3}轮(?P<round_kind>巡视|巡察)")
# 根据中央巡视工作领导小组的统一部署 / 按照县委巡察工作安排: a deployment, whoever made it, opening a statement of what was done.
DEPLOYMENT = re.compile(r"(?:根据|按照)[^。，,；;]{0,24}?(?:统一)?(?:部署|安排)")
# Clause punctuation: a target list never runs over these.
_CLAUSE = r"[^,，。;；:：!！？\n]"  # (a ? is a character lost inside a name, 高?镇: a question's ? ends its sentence)
# The mode, also written in quotes and with 式: “机动式”巡视.
MODE = rf"(?:(?P<mode>{alternation(INSPECTION_MODES)})式?{CLOSE_QUOTE}?)?"
ANY_MODE = rf"(?:(?:{alternation(INSPECTION_MODES)})式?{CLOSE_QUOTE}?)?"  # (MODE's words where the mode is not read: 反馈了专项巡视意见)
# A target list: within a clause, or over a comma before 以及 (对A等9家单位,以及B等3家群团组织开展巡察).
_TARGETS = rf"(?:(?!对)(?:{_CLAUSE}|[,，](?=以及)))"
# Adverbs of a statement on several units: between a plan's verb and 对 (将分别对X开展巡视), between the units and
# the verb (对A、B分别开展巡察).
ADVERBS = ("分别", "先后", "陆续", "相继", "同时", "同步", "集中")
# The words between a team and its verb: the press's (中央第七巡视组则负责巡视A), what is announced (省委第五巡视组将延伸巡视A、B /
# 还将同步巡视C: a mobilisation's inspections, as 将对X开展巡视 is one; 省委第八巡视组关于巡视A的公告, the team's notice) and
# how it reaches the unit (延伸 / 下沉).
TEAM_VERB_LEAD = re.compile(r"(?:则|又|也|另|还|关于)?(?:将|拟)?(?:同步|同时)?(?:延伸|下沉)?")
# 对X开展了常规巡察 / 对X进行了巡视 / 对X的新一轮巡察完成 / 对X开展了巡察整改“回头看”.
# 在X开展巡视 / 赴X开展巡视 (a team before it) / 对X开展了“回头看” / 对X的巡视期间 too, and 在对X巡察中 / 对X提级巡察时 /
# 对X巡察期间 (when it was under way, no verb: a clue found then) / 对X巡视后, (what followed it) / T对X巡视并对Y延伸巡视后
# 指出 (the press's tale of its findings).
INSPECT_AFTER_TARGETS = (rf"(?:(?:{'|'.join(ADVERBS)}|均|一并)?(?:开展|进行|展开|实施|实现)了?(?:为期{_CLAUSE}{{1,8}}的)?"
                         rf"(?:{_CLAUSE}{{0,16}}?){OPEN_QUOTE}?{MODE}"
                         rf"(?:(?P<kind>巡视|巡察)(?:(?P<rev>(?:整改)?{OPEN_QUOTE}?回头看)|(?!(?:工作)?(?:情况|意见)?(?:进行了?)?反馈|整改))"
                         rf"|(?P<rev2>回头看)|政治体检{CLOSE_QUOTE}?)"  # (进行“政治体检”: the press's word for it)
                         rf"|的(?:新一轮|本轮|此次|这次)?{MODE.replace('mode', 'mode2')}"
                         rf"(?P<kind2>巡视|巡察)(?:工作)?(?:(?P<done>完成|结束)|期间)"
                         rf"|{MODE.replace('mode', 'mode3')}(?:延伸)?(?P<kind3>巡视|巡察)(?=中|时|期间|过程中|后[,，]|后(?:指出|发现|认为)"
                         r"|并(?:对|同步|同时|延伸)))")  # (对X巡视后，… / T对X巡视并对Y延伸巡视后指出，…)
INSPECT = re.compile(rf"(?P<prep>对|在|赴)(?P<targets>{_TARGETS}{{2,800}}?){INSPECT_AFTER_TARGETS}")
CHECKUP_DONE = re.compile(rf"(?:开展|进行|展开|实施)了?{OPEN_QUOTE}?政治体检")  # (the verb right before the press's word)
# 对甲市所辖丙县,乙市所辖丁县、戊县开展巡视: groups of units under the places a round's teams went to, parted by commas.
INSPECT_UNDER = re.compile(rf"对(?P<targets>[^。;；:：\n]{{2,60}}?(?:所辖|下辖|所属)[^。;；:：\n]{{2,400}}?){INSPECT_AFTER_TARGETS}")
UNDER_WORDS = re.compile(r"所辖|下辖|所属")
# 东平市所辖： / 桐城县所辖乡镇：: a line heading the titles of the units under a place, among its team's titles.
UNDER_PLACE_HEADING = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,12}?(?:所辖|下辖)[\u4e00-\u9fff（()）、]{0,10}[:：]?[ \t\u3000]*")
# 第一轮（2021年4月）：A、B / 2019年第一轮：C / 第二批（6月至8月）：D、E: a line of a round's or a batch's units, in a
# summary of a term's rounds or a year's plan.
ROUND_LINE = re.compile(rf"^[ \t\u3000]*{ROUND_LABEL}[ \t\u3000]*[:：][ \t\u3000]*"
                        r"(?P<units>[^:：。\n]{2,800}?)[。；;]?[ \t\u3000]*$", re.M)
# 甲市、乙市及甲市所辖…: the places a list names before 及 and the first group of units under one of them.
PLACES_BEFORE_UNDER = re.compile(r"(?P<places>[^,，。;；及]{2,60}?)(?:及|以及)(?=[^,，、。;；]{2,20}?(?:所辖|下辖|所属))")
UNITS_UNDER = re.compile(r"[ \t\u3000]*(?:以及)?(?P<place>[^,，、。;；]{2,20}?)(?P<with>及其?)?(?:所辖|下辖|所属)"
                         r"(?P<units>[^,，。;；]{2,80}?)[ \t\u3000]*")
TEAM_GOES_TO = ("在", "赴")  # INSPECT's words for where a team goes, not whom it inspects: a team must stand before
# 对A、B、C3个市委,D、E…10个省直单位党组(党委),以及F、G2家省属企业党委开展了常规巡视: groups of units parted by commas,
# each closed by its count and kind (read a group at a time, so that each count is its own group's), or by 等 and its kind
# (对A、B8个省市,C、D…E等中央单位党组织开展常规巡视).
UNIT_GROUP = r"(?P<units>[^,，。;；:：对]{2,400}?(?:" + UNIT_COUNT + r"|等)[\u4e00-\u9fff（()）]{1,14}?)"
UNIT_GROUP_IN = re.compile(rf"(?:[,，]?(?:以及|及|和)?)?{UNIT_GROUP}(?=[,，]|$)")
INSPECT_GROUPS = re.compile(rf"对(?P<targets>(?:{UNIT_GROUP.replace('?P<units>', '')}[,，](?:以及|及|和)?){{1,8}}"
                            rf"{UNIT_GROUP.replace('?P<units>', '')}){INSPECT_AFTER_TARGETS}")
# 对城关镇,龙潭镇,县水利局开展常规巡察: units parted by commas where a page writes 、 so, each short and ending as a unit's
# name (_units_by_commas); 对机关党委,后勤保障处、图书馆直属党支部,文学院、史学院党委开展巡察: groups parted by commas, each
# a 、-list its last unit's party body closes.
INSPECT_COMMAS = re.compile(rf"对(?P<targets>(?:[^,，。;；:：对]{{2,60}}[,，]){{1,30}}[^,，。;；:：对]{{2,60}}?){INSPECT_AFTER_TARGETS}")
# 对A、B;C、D开展了巡察: a list over ；, read over the clauses that ；joins (a match must cross one).
INSPECT_OVER_CLAUSES = re.compile(rf"(?P<prep>对)(?P<targets>(?:{_TARGETS}|[;；]){{2,800}}?){INSPECT_AFTER_TARGETS}")
# 省委第一至第八巡视组分别对A、B;C、D;E、F… on a page cut off before the list's verb: the list runs to the page's end,
# its last unit (cut) left out.
INSPECT_CUT = re.compile(rf"(?P<prep>对)(?P<targets>(?:{_TARGETS}|[;；]){{2,800}}?)[、;；,，][^、,，。;；:：!?！？\n]{{0,30}}$")
# 完成了对A、B的巡视 / 启动对A等五个部门的扶贫领域专项巡视 / 完成对A、B的进驻和动员工作: the inspection
# (or the team's moving in) as the object of the verb.
INSPECT_OF = re.compile(rf"(?P<verb>完成|结束|启动|开始|开展|进行|实施)了?对(?P<targets>{_TARGETS}{{2,800}}?)的"
                        rf"(?:{_CLAUSE}{{0,12}}?){MODE}(?:巡视|巡察|进驻)(?!反馈|整改)")
# 第二巡察组对A、B的巡察仍在进行中 / 对C的专项巡察工作正在有序推进: the inspection of the units, said under way.
INSPECTION_ONGOING = re.compile(rf"对(?P<targets>{_TARGETS}{{2,800}}?)的{MODE}(?:巡视|巡察)(?:工作)?"
                                r"(?:仍|正|尚|还|目前)*(?:在|处于)?(?:有序|稳步|扎实)?(?:进行|推进|开展)(?:中|之中|当中)?(?=[,，。;；]|$)")
# Words that tell an inspection is under way (the teams have moved in, the round has started): where the
# paragraph says so, 巡视组将对X开展巡视 announces an inspection of this round rather than a plan.
# Those that tell the round has begun are read in a headline or a first paragraph too (县委启动…专项巡察 / …动员部署会召开).
ROUND_BEGUN = re.compile(r"进驻|动员(?:部署)?(?:大)?会|见面会|启动[^。，,\n]{0,24}?(?:巡视|巡察)")
UNDER_WAY = re.compile(rf"{ROUND_BEGUN.pattern}|正式启动|全面启动|首轮|本轮|第[一二三四五六七八九十\d]+轮")
# Words that tell the teams of a round move in (巡视组于11月上旬陆续进驻 / 第四轮巡视9月3日启动): the round's date.
ROUND_STARTS = re.compile(r"进驻|入驻|启动|动员会|见面会")
# News words that place an undated statement in the recent past (近日,X巡察组对Y开展巡察): it happened.
# 全年完成3轮巡察,对46个党组织开展巡察 / 区委全年开展2轮巡察,对A、B开展常规巡察: the rounds said done before the units
# they covered (not 计划/将/力争/确保完成, 要开展).
# 对A、B开展巡视并反馈了巡视情况: an inspection said done by the feedback that followed it, within the clause after its units.
FED_BACK_TOO = re.compile(r"并(?:已|同时)?反馈(?:了)?(?:巡视|巡察)?(?:情况|意见)")
FED_BACK_TOO_REACH = 16
ROUNDS_DONE = re.compile(r"(?<![将拟要划争保])(?:完成|开展)了?[\d一二三四五六七八九十两]+轮(?:常规|专项|机动|提级|交叉|联动)?(?:巡视|巡察)")
# 第一轮聚焦金融板块，对A、B开展常规巡视 / 第四轮则对C开展巡视: a sentence of a summary of the term's rounds opened by the
# round's number alone (第N轮巡视对A… is ROUND's), which states what that round did.
ROUND_OPENS = re.compile(r"[ \t\u3000]*第[一二三四五六七八九十\d]{1,3}轮(?!巡视|巡察)")
REPORTED_RECENTLY = re.compile(r"近日|日前|近期|目前|当前|正在|已于|已经|已(?:陆续|先后|分别|全部)")
# … or a year's work told (今年，市委对A开展提级巡察 / 去年以来 / 上半年 / 2022年以来, in a report or summary of what was done), of
# units it names (not 今年市委首次对县（区）所属乡镇开展提级巡察: the units under places, UNDER_A_PLACE, what a kind of round is).
PAST_PERIOD = re.compile(r"(?:今年|去年|本年度?|上半年|下半年|年内|近年来|一年来|(?:\d{4}年|今年|去年)以来)[,，]?")
UNDER_A_PLACE = re.compile(r"所属|所辖|下属|下辖")
# … or the news a site or paper reports (中纪委网站周日晚公布，中央巡视组对A、B开展常规巡视 / 据中央纪委国家监委网站消息，…),
# where the sentence names the units.
REPORTED_NEWS = re.compile(r"(?:网站|网|官网|媒体|官方|通报|消息)[^。，,]{0,12}?(?:公布|发布|披露|宣布|显示|称|指出)|据[^。，,]{2,24}?(?:消息|报道|公布)")
# A,B…以及C,也纳入本轮巡视范围: units a sentence says a round covers, by no team it names (由其他巡视组负责), after the
# word that adds them (此外, 另外, 同时).
_THIS_ROUND = r"(?:本轮|此轮|这轮|今轮|本次|此次|第[一二三四五六七八九十\d]+轮)?"
INCLUDED_IN_ROUND = re.compile(rf"[,，]?(?:也|亦|还|均|都|一并|同时|首次)?(?:(?:被)?纳入了?{_THIS_ROUND}(?:巡视|巡察)(?:的)?(?:范围|对象|名单)"
                               rf"|(?:在|列入了?){_THIS_ROUND}(?:巡视|巡察)名单(?:之列|之中)?)")  # (A、B亦在本轮巡视名单之列)
INCLUDED_OPENING = re.compile(r"[ \t\u3000]*(?:(?:此外|另外|同时|其中)[,，]?)?")
# … or the teams dispatched before the statement, where it names its units (本轮共派出12个巡视组,对A、B开展常规巡视: the
# round is under way).
TEAMS_DISPATCHED = re.compile(r"(?<![将拟要])(?:派出|派驻)了?[\d一二三四五六七八九十两]+个(?:巡视|巡察)"
                              r"|[\d一二三四五六七八九十两]+个(?:中央|省委|自治区党委|市委|州委|县委|区委|旗委)?(?:巡视|巡察)组(?:已|均)?"
                              r"(?:分别|陆续|先后)")  # (省委10个巡视组分别对A、B… / 12个中央巡视组已陆续进驻A、B)
# How many days after the publication a date without a year may fall and still be of the publication's year: an
# announcement names the days its teams move in (发布时间 3月22日 … 3月25日进驻); beyond, the date is of the year before.
SOON_AFTER_ISSUED = 31
# An article of a regulation (第八条 市委巡察组对下列党组织进行巡察:…, 第十條 巡察組應當…): a rule of what teams
# may do, not an inspection that took place.
ARTICLE = re.compile(r"[ \t\u3000]*第[一二三四五六七八九十百零〇\d]+条[ \t\u3000]")
# The period of a whole round, stated for no one target: 本轮巡察于5月中旬至6月下旬开展, 此次巡視從3月10日開始,
# 第六轮巡察将自9月16日起,对14个单位开展巡察 (a round announced: its first day), 【第九轮巡察】3月14日至5月13日开展 (a yearbook's).
ROUND_PERIOD = re.compile(r"(?:本轮|此轮|这轮|本次|此次|这次|第[一二三四五六七八九十\d]+轮)(?:巡视|巡察)(?:工作)?(?:时间)?"
                          r"(?:[】\]][ \t\u3000]*|(?:将|已)?(?:于|从|自|为))(?P<period>[^,，。;；:：!?！？\n]{3,24}?)(?:陆续|相继|全面|正式|集中)?"
                          r"(?:开展|进行|展开|开始|启动|进驻|起(?=[,，]?对))")
# … or the period first (9月9日至11月15日,十二届省委第六轮巡视开展).
PERIOD_THEN_ROUND = re.compile(r"[ \t\u3000]*(?P<period>[^,，。;；:：!?！？\n]{3,24}?)[,，][^,，。;；:：\n]{0,12}?第[一二三四五六七八九十\d]+轮"
                               r"(?:巡视|巡察)(?:工作)?(?:全面|正式|集中)?(?:开展|进行|展开|开始|启动)")
# … or the period before the teams' inspection of units named before (今年3月至5月,4个巡察组对上述单位开展了常规巡察; 2025年
# 3月18日至5月16日,十五届县委第五轮巡察期间,县委第一、第二巡察组分别对上述单位…; …,县委第五巡察组对其开展了提级巡察).
# (searched only in a text with its back-reference: the period's lazy run is tried at every character)
ROUND_BACK_REFERENCE = re.compile(r"对(?:上述|以上|前述|这些|其(?=开展|进行))")
ROUND_BACK = re.compile(r"(?P<period>[^,，。;；:：!?！？\n]{3,20}?(?:至|到|—|－|-|~)[^,，。;；:：!?！？\n]{1,12}?)[,，]"
                        r"(?:[^,，。;；\n]{0,20}?(?:期间|中)[,，])?"
                        r"[^,，。;；\n]{0,20}?对(?:上述|以上|前述|这些|其(?=开展|进行))[^,，。;；\n]{0,16}?(?:开展|进行)了?[^,，。;；\n]{0,8}?(?:巡视|巡察)")
# The mode the sentence stating a round's period gives its inspections (…,市委5个巡察组对21个党组织进行了常规巡察).
ROUND_MODE = re.compile(rf"(?:开展|进行)了?{OPEN_QUOTE}?(?P<mode>{alternation(INSPECTION_MODES)})式?{CLOSE_QUOTE}?(?:巡视|巡察)")
# The same, stated as the round's time (a range): 巡察时间为4月10日至6月9日, or a clause of its own in a sentence on
# the round (专项巡察将重点检查…,时间为3月1日至4月15日), or from its first day (巡察时间自9月15日至10月31日); never
# another period (整改时间为A至B).
ROUND_TIME = skipping(re.compile(r"(?:(?:巡视|巡察)(?:时间|期间)|(?<=[,，;；])时间)(?:为|是|[:：]|自|从)\s*"
                                 r"(?P<period>[^,，。;；:：!?！？\n]{3,24})"))
# 于9月23日进驻,11月15日完成现场巡察 / 3月上旬进驻,5月中旬结束: a round's period by the day it moved in and the day it ended.
ENTERED_THEN_DONE = re.compile(r"(?P<entered>进驻)[,，](?:[^,，。;；]{2,30}[,，])?[^,，。;；]{2,16}?(?:完成|结束)")  # (…,对7个单位开展巡察,6月上旬完成)
# A sentence dated by the one before it: 同日 / 当日 / 当天 / 同一天 (a single day, read SAME_DAY_LOOKBACK sentences back, a
# meeting's ；-clauses of who spoke counted one by one, or SAME_DAY_PARAGRAPHS paragraphs back for the day of a feedback
# meeting: 10月21日，…集中反馈会召开。⏎会上，…共性问题：A；B；…⏎会议要求，…⏎当天，8个巡视组分别…反馈).
# (X巡视组于当日进驻 / 中央第十巡视组同日向A反馈 / X巡视组巡视A后，同日向A党委反馈)
SAME_DAY = re.compile(r"[ \t\u3000]*(?:同日|当日|当天|同一天|同天|会后)|[^。;；\n]{0,40}?(?:于|组|[,，])(?:同日|当日|当天)")
# 5月8日上午，领导小组召开会议…。随后，T向A反馈了巡察情况: a feedback told as what followed, on that day (not an entry:
# 动员会召开。随后，各组分别进驻A、B over the days after it).
AFTERWARDS_FED_BACK = re.compile(r"[ \t\u3000]*随后[,，](?=[^。]*反馈)")
SAME_DAY_LOOKBACK = 6
SAME_DAY_PARAGRAPHS = 3
# 八届市委第三轮巡察(3月下旬至5月下旬): a section's heading, the round and its period in brackets.
ROUND_HEADING = re.compile(r"第[一二三四五六七八九十\d]{1,3}轮(?:巡视|巡察)[^。()（）\n]{0,8}[(（](?P<period>[^()（）\n]{3,30})[)）]")
HEADING_REACH = 12  # how many lines back a section's heading is looked for
MAX_HEADING = 40
# 一、2021年 / 2023年,市委… / 【2022年】 / 【概况】2022年 / 2022年度: a line opening with a year alone, the year of what follows it.
YEAR_OPENING = re.compile(r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]|【[^】\n]{0,8}】?)?[ \t\u3000]*(?P<y>(?:19|20)\d{2})[ \t\u3000]*年度?"
                          r"(?=[,，、:：】 \t\u3000]|$)")  # (not 2021年以来, 2021年3月)
# 2022年省委第二轮巡视 / 2023年度第三轮巡察: a round named with its year.
YEAR_ROUND = re.compile(r"(?P<y>(?:19|20)\d{2})年度?[^。\n\d]{0,12}?第[一二三四五六七八九十\d]{1,3}轮(?:巡视|巡察)")
# 7月3日　/ 2023年3月7日至4月28日　/ 3月: a chronicle's entry, its date and a space (or a colon) opening the line.
ENTRY_DATE = re.compile(r"[ \t\u3000]*(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:(?:至|—|-|－)(?:\d{1,2}月)?\d{1,2}日?)?(?:[ \t\u3000]+|[:：])")
# A paragraph's opening that goes on from the paragraph before it (此外,… / 同时,… / 另外,… / 與此同時,…).
GOES_ON = re.compile(r"[ \t\u3000]*(?:此外|另外|同时|与此同时)[,，]")
# 十五届县委第六轮巡察的A、B…反馈 / 对第七轮巡察的A、B等15家单位整改落实情况进行回访: the units a round
# inspected, listed after it (the list runs to LIST_VERB, over a comma only into another list); not what the round is
# or does (本次巡察是十四届市委第八轮巡察的组成部分，将聚焦…: no unit).
ROUND_UNITS_IN = re.compile(r"(?:本轮|首轮|第[一二三四五六七八九十\d]+轮)(?:巡视|巡察)(?:的|中的|涉及的|所涉及的)"
                            r"(?!组成部分|一部分|重点|任务|工作|意见|反馈|整改|问题|要求|情况|部署|安排)"
                            r"(?:对象|单位)?(?:为|是|包括|有)?[:：]?"
                            # (本轮巡视的29所中管高校是： / 本轮巡视的中管企业是：A、B: the units by their kind, counted or not)
                            rf"(?:(?<=的)(?:{UNIT_COUNT})?[\u4e00-\u9fff]{{0,8}}?(?:企业|央企|国企|高校|单位|党组织|机关|部门|地方|省区市|省区"
                            r"|金融机构)"
                            r"(?:党组|党委)?(?:分别)?(?:是|为|包括)[:：]?)?")
# 巡察对象为:A、B / 被巡察单位:A;B / 对以下单位开展常规巡察:A、B / 巡视对象包括A、B: a list introduced by a colon (or
# 包括); it runs to the sentence's end, or, where the colon ends its line, over the lines after it that each name a
# unit.
# …公布…巡视的14家中管企业…整改进展情况。这14家企业分别是:A / B (or 分别是A、B和C。): the units a sentence on an
# inspection counted, named in the sentence after it (它们是:A、B).
# 被巡察党支部名单如下 / 被巡察的企业共8家: the inspected units by their kind.
INSPECTED_KIND = (r"(?:[\u4e00-\u9fff]{0,4}?(?:党支部|党总支|党委|党组|单位|企业|央企|国企|部门|村|社区|高校|学校|院校|医院|机关|银行|金融机构|法院"
                  r"|检察院|组织|团体|省区市|省区|省份))")
THESE_UNITS = (r"[ \t\u3000]*(?:(?:据了解|据悉|据介绍|经查)[,，])?(?:(?:这|上述|以上|这些|它们)[\d一二三四五六七八九十两]*(?:" + UNIT_COUNTERS + r")?"
               r"|(?<![^\n。])[ \t\u3000]*" + UNIT_COUNT + r")[\u4e00-\u9fff（()）]{0,12}?"  # (20所高校分别是:)
               r"(?:(?:分别|具体)?(?:是|为|包括|如下)[:：]|分别是|分别为"  # (这12个单位分别是A、B和C。)
               r"|包括(?=" + UNIT_COUNT + r"[\u4e00-\u9fff]{1,12}?[,，]?即))")  # (这16家单位包括4家出版单位,即A、B;…)
# 被巡察的党组织共18个,分别是 / 这16家单位包括: a list that counts the units it names (of the one team named before).
COUNTED_LIST = re.compile(UNIT_COUNT)
# 4家出版发行单位,即A、B和C;5家新闻单位,即D、E: a count of a kind, then its units after 即 (a group of such a list).
KIND_THEN_UNITS = re.compile(r"(?:以及|及|和)?" + UNIT_COUNT + r"[\u4e00-\u9fff]{1,12}?[,，]?(?:即|分别是|分别为)[:：]?"
                             r"(?P<units>[^;；。]{2,300}?)(?=[;；。]|$)")
# 名单分为三类—— alone on its line: the lead of the kinds' lines beneath it (地方：A、B；⏎部委：C), on a page on a round.
KINDS_LEAD = r"(?<![^\n。])[ \t\u3000]*(?:巡视|巡察)?名单(?:分为|分成)[\d一二三四五六七八九十两]+类(?:[:：]|—{1,2})[ \t\u3000]*$"
# 这些单位包括A、B等: the units a sentence before counted, without a colon.
THESE_INCLUDE = (rf"(?:这|上述|以上|这些)[\d一二三四五六七八九十两]*(?:{UNIT_COUNTERS})?[\u4e00-\u9fff]{{0,8}}?"
                 r"(?:单位|企业|党组织|高校|部门|地方|省份|机构|党委|党组)(?:分别)?包括(?=[\u4e00-\u9fff])")
THESE_INCLUDE_OPENING = re.compile(r"[ \t\u3000]*" + THESE_INCLUDE)
OBJECT_LIST = skipping(re.compile(rf"{THESE_UNITS}|"
                                  rf"{THESE_INCLUDE}|"
                                  # …的巡视整改进展情况分三批公布,具体为: the units that published their rectification, beneath
                                  r"(?P<published>(?:整改进展情况|整改情况)[^。\n]{0,30}?(?:公布|公开)[,，]?(?:具体|分别)(?:为|是|如下)[:：]"
                                  # 以下14个被巡察党组织已在…公布整改进展情况: (the lines beneath)
                                  r"|(?:以下|下列)[^。\n]{0,40}?(?:公布|公开)了?(?:巡视|巡察)?整改(?:进展)?情况[:：]"
                                  # …公布了N家中管企业党组织关于巡视整改进展情况的通报,包括A、B及C
                                  r"|(?:公布|公开)了?[^。\n]{0,60}?整改(?:进展)?情况(?:的通报|的报告)?[,，](?:具体)?(?:包括|分别是|分别为|即)[:：]?"
                                  # 本次公布整改进展情况的14个党组织是: / 公开整改情况的单位包括:
                                  # (公布整改进展的16家企业分别是A、B… / …的15个单位分别为——)
                                  r"|(?:公布|公开)了?(?:巡视|巡察)?整改[^。\n:：]{0,12}?的[\d一二三四五六七八九十两]*(?:" + UNIT_COUNTERS + r")?"
                                  r"[\u4e00-\u9fff]{0,8}?(?:(?:分别)?(?:是|为|包括|如下)(?:[:：]|——)|分别(?:是|为)))|"
                                  # 反馈对象: on its own line (LIST_HEADING), the units one a line beneath, or opening a sentence
                                  # (被巡视的省直单位分别是: the kind of its units; 开展巡视“回头看”的是: the units inspected again)
                                  # (被巡察的5个村（社区）分别是 / 被巡察的村（社区）党组织为: the kind's second name in brackets)
                                  # (受巡视的中央和国家机关包括A、B，中央企业则包括C、D: a second kind's list after it, KIND_LIST_AFTER)
                                  r"(?:[被受](?:巡视|巡察)的?(?:" + UNIT_COUNT + r")?(?:单位|党组织|对象|中央和国家机关|" + INSPECTED_KIND + r")"
                                  r"(?:[(（][\u4e00-\u9fff、]{1,8}[)）](?:党组织|党委|党支部|党总支)?)?"
                                  r"|(?:巡视|巡察)的?(?:其余|其他|其它|另外的?)?(?:对象|单位)"
                                  r"|(?:巡视|巡察)(?:部分|方面)?[,，](?:其)?对象(?=(?:则|还|也|亦)?包括)"  # (至于常规巡视部分，对象包括A、B)
                                  # (本轮巡视名单还包括A、B…6家单位: the list's further units)
                                  r"|(?:巡视|巡察)(?:对象|单位)?名单中?(?:还|亦|也)(?=包括)"
                                  r"|被(?:巡视|巡察)的[\u4e00-\u9fff]{1,6}?(?:单位|党组织)(?=分别(?:是|为))"
                                  r"|(?<![^\n。])[ \t\u3000]*反馈(?:对象|单位)|开展(?:巡视|巡察)?[“\"]?回头看[”\"]?的(?=是)"
                                  # (a card's 进驻单位：, the units beneath or after it)
                                  r"|(?<![^\n\s])进驻(?:单位|对象)(?=[:：]))"
                                  r"(?:[,，]?名单)?(?:公告|公布|公示)?(?:分别|具体)?(?:及(?:巡视|巡察)?(?:方式|时间|形式)(?=如下))?"  # (反馈单位及巡察方式如下: / 列出被巡视单位，名单如下:)
                                  r"(?:按(?:领域|类别|板块|系统|类型)(?:划分|分类|分组)?(?=如下))?"  # (被巡察单位按领域划分如下:)
                                  # (被巡察党组织名单公告如下(排名不分先后): a note in brackets before the colon)
                                  # (十届区委第五轮巡察被巡察单位名单 as a heading: no colon, two lines of units or more beneath)
                                  r"(?:(?:为|是|包括|有|如下)?(?:[(（][^()（）\n]{1,12}[)）])?(?:[:：]|——)|(?:则|还|也|亦)?包括|(?P<heading>[ \t\u3000]*$)"
                                  # (被巡视的14个省区市为河北、山西: the kind, then 为 with no colon)
                                  r"|(?:(?<=对象)|(?<=被巡视单位)|(?<=被巡察单位)|(?<=党组织)|(?<=省区市)|(?<=省区)|(?<=央企)|(?<=企业)"
                                  r"|(?<=高校))(?:为|是)(?=[\u4e00-\u9fff]))"
                                  # 本次被巡察的党组织共18个,分别是: the units counted, then named
                                  # (被巡察单位共8个党组织，分别是: / 本轮巡察共涉及13个党组织，分别是: the units' kind after the count)
                                  r"|(?:被(?:巡视|巡察)的?(?:单位|党组织|对象|" + INSPECTED_KIND + r")|(?:巡视|巡察)(?:共|共计)?涉及)"
                                  r"(?:共|共计|合计)?" + UNIT_COUNT + r"(?:单位|党组织|" + INSPECTED_KIND + r")?[,，]?"
                                  r"(?:分别|具体)?(?:是|为|包括|如下)[:：]?"
                                  # (对以下区直部门、高校和国有企业党组织开展了常规巡视: the kinds it names; 对以下14个单位党组织开展常规巡察
                                  # （排名不分先后）: a note in brackets)
                                  r"|对(?:以下|下列|如下)[^,，。;；:：\n]{0,24}?(?:开展|进行)[^:：。\n—]{0,12}?(?:巡视|巡察)[^:：。\n—(（]{0,6}"
                                  r"(?:[(（][^()（）\n]{1,12}[)）])?(?:[:：]|——)"
                                  # 对县直10个单位开展巡察，分别是：A、B: the units counted, then named
                                  r"|对[^,，。;；:：\n]{0,16}?" + UNIT_COUNT + r"[^,，。;；:：\n]{0,10}?(?:开展|进行)了?"
                                  r"[^,，:：。\n]{0,8}?(?:巡视|巡察)[,，](?:分别|具体)(?:是|为)[:：]?"
                                  # …对22个地方和单位党组织开展了常规巡视。具体为:⏎市县:A、B;…: a sentence that only opens the list
                                  # of the units the one before it counted (COUNTED_INSPECTION)
                                  r"|(?P<bare>(?<![^\n。])[ \t\u3000]*(?:具体|分别)(?:为|是|如下)[:：])"
                                  # 名单分为三类——⏎地方：A、B；⏎部委：C: the kinds' lines beneath (after a page on a round)
                                  rf"|(?P<kinds>{KINDS_LEAD})"
                                  # 对下列地区和单位开展了常规巡视。(…。)⏎设区市（3个）：A、B: the kinds' lines after its paragraph
                                  r"|(?P<below>对(?:以下|下列)[^,，。;；:：\n]{0,24}?(?:开展|进行)了?[^:：。\n—]{0,8}?(?:巡视|巡察)(?=。))"))
KINDS_LIST_LEAD = re.compile(KINDS_LEAD)
OBJECTS_TOLD = re.compile(r"(?:巡视|巡察)(?:的)?对象(?:主要)?(?:是|为|包括)")  # (巡视对象主要是…: what a bare 具体是： then names)
KINDS_LEAD_REACH = 400  # how far before 名单分为三类—— the page must speak of an inspection
# 受巡视的中央和国家机关包括A、B，中央企业则包括C、D: the clause of a second kind's list, after the first's (counted or not:
# 被巡视的14个省区市为A、B；16家中管企业则包括C、D).
KIND_LIST_AFTER = re.compile(r"[,，;；][ \t\u3000]*(?:" + UNIT_COUNT + r")?[\u4e00-\u9fff]{0,8}?"
                             r"(?:机关|企业|单位|高校|院校|部门|地方|地区|省份|省区|部委|金融机构|银行|党组织)"
                             r"(?:则|还|也|亦)?(?:包括|有)(?=[\u4e00-\u9fff])")
# 对22个地方和单位党组织开展了常规巡视: a sentence stating an inspection of units it only counts.
COUNTED_INSPECTION = re.compile(r"对[^,，。;；:：\n]{0,16}?" + UNIT_COUNT + r"[^,，。;；:：\n]{0,60}?"  # (对3个地级市、8个县（市）…和4所高校党组织)
                                r"(?:开展|进行)了?[^,，:：。\n]{0,12}?(?:巡视|巡察)")  # (开展为期约40天的村级巡察)
# A round's report in sections, one a team: 一、市委第一巡察组（组长：某某） / 反馈时间:9月2日 / 1.市教育局党组。6月17日反馈,
# 反馈问题18个… / (2)甲公司党委(提级巡察):反馈问题13个…: each numbered line opens with a unit the team inspected (its mode
# in brackets after it), then what became of it; the day it was fed back is the line's (DAY_FED_BACK) or the section's.
NUMBERED_UNIT_LINE = re.compile(r"[ \t\u3000]*(?:\d{1,3}[.．、]|[(（]\d{1,3}[)）])[ \t\u3000]*"
                                r"(?P<unit>[^\s,，。;；:：、()（）]{2,40}?)(?P<mode>[(（][^()（）\n]{1,16}[)）])?"
                                r"(?:[ \t\u3000]*(?:[。:：,，;；]|$)|[ \t\u3000]+(?=\S))")  # (1.A　巡视整改进展情况通报　6月20日)
# How a place's name ends: its level (甲省 / 乙市 / 丙旗 / 丁镇 / 戊街道 / 己苏木).
PLACE_END = r"(?:省|市|州|县|区|旗|盟|镇|乡|街道|苏木)"
# What a team's heading may say after it of the lines under it (（一）省委第一巡视组巡视单位:), before its line's end; or
# where its units are (县委第三巡察组（柳河镇）over the villages' titles).
TEAM_HEADING_END = re.compile(rf"(?:[(（](?:[\u4e00-\u9fff]{{1,10}}?{PLACE_END}、?)+[)）])?"
                              r"(?:(?:巡视|巡察)的?(?:单位|对象|党组织))?[ \t\u3000]*[:：。]?[ \t\u3000]*(?:\n|$)")
SECTION_NUMBER = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]"
                            r"|第[一二三四五六七八九十]{1,3}部分)?[ \t\u3000]*")  # (一、 / （二） / 3. / 第一部分 before a section's heading)
SECTION_FED_BACK = re.compile(r"[ \t\u3000]*反馈(?:时间|日期)[ \t\u3000]*[:：]")  # 反馈时间:9月2日, a line of its own
DAY_FED_BACK = re.compile(r"[日号]?[ \t\u3000]*(?:集中|召开会议)?(?:进行)?反馈")  # (…6月17日反馈: after the line's date)
# 反馈对象: alone on its line, in a sentence of its own without 巡: the heading of the units beneath (OBJECT_LIST).
# (进驻单位：⏎A⏎B on a team's card: the units it moved into, beneath)
LIST_HEADING = re.compile(r"[ \t\u3000]*(?:反馈|进驻)(?:对象|单位)(?:名单)?(?:为|是|包括|如下)?[:：][ \t\u3000]*(?:$|(?=[①②③④⑤⑥⑦⑧⑨⑩]))")
# (反馈对象:①A ②B: its units numbered in circles on the line itself)
# 反馈对象为:A、B…: the units the feedback the sentence before tells of went to, in a sentence of their own (no 巡 in it).
FEEDBACK_OBJECTS = re.compile(r"[ \t\u3000]*反馈(?:对象|单位)(?:名单)?(?:分别)?(?:为|是|包括|如下)?[:：]")
# A team's card in a round's notice: the team alone on its line (中央第一巡视组, 一、省委第二巡视组：), then lines of
# what it is (组长：某某 / 值班电话：…), one of them naming what it inspects (巡视对象：A) and one, perhaps, when it
# moved in (进驻时间：2023年4月10日).
#   table of a card's lines                                                  example
CARD_LINE = re.compile(r"[ \t\u3000]*(?:副?组长|组员|成员|联络员|(?:值班|联系|举报|监督)?电话|(?:邮政|电子)?信箱|邮箱"  # 组长：, 值班电话：
                       r"|(?:通讯|通信)?地址|邮编|受理时间|反馈(?:时间|日期)"  # (反馈时间：4月17日⏎反馈对象：A: a card of feedback)
                       r"|(?P<when>进驻时间|(?:巡视|巡察)(?:时间|期间)))"  # 进驻时间：
                       r"[ \t\u3000]*[:：]")
CARD_HEIGHT = 8  # how many lines a card has at most above the line naming what its team inspects
BRACKETED_MODE = re.compile(rf"[ \t\u3000]*[(（]{MODE}(?:巡视|巡察)?[)）]")  # 市委第五巡察组(提级巡察)
# 青石大学、云岭理工大学等11个单位向社会公布了巡视整改进展情况 (or 公布了整改进展/整改报告 in a sentence on the
# inspection, or after one: 此外,A、B等单位也公布了整改进展): units that publish their rectification were
# inspected (the date is the publication's).
# (Found at the verb; the units run back to the clause's start, the last LIST_STOP before it.)
RECTIFICATION_PUBLISHED = re.compile(rf"(?:向(?:党内(?:外)?和?)?社会)?(?:公布|公开|晒出)了?(?P<object>{_CLAUSE}{{0,8}}?)(?:(?:巡视|巡察)整改"
                                     r"|整改(?:进展|进度|报告|情况|[“\"「]?(?:账单|成绩单|清单)[”\"」]?)|(?P<notice>通报)(?=显示|称|中|指出|表明))")  # (A、B等高校公布的通报显示: on a page on rectification)
# (RECTIFICATION_PUBLISHED's verbs, a sentence holds one; not 通报了: 局办公室通报了巡察整改进展情况 at a meeting)
PUBLISHING_WORDS = ("公布", "公开", "晒出", "上网")
# 中纪委公布16地方单位巡视整改进展: what the verb takes is other units' rectification (counted or named), so its
# subject is the site that published it, not a unit that rectified.
# 中央纪委国家监委网站(日前)公布了…: a site, a paper or an account publishes, it rectifies nothing.
# (在省纪委监委网站和本地主要媒体公开: where the units published, in a clause after them, no unit either)
# (并按规定向党内和社会公开: a duty's clause, no unit)
PUBLISHER_SITE = re.compile(r"(?:网站|网|平台|门户|客户端|公众号|日报|报社|媒体)$|^[ \t\u3000]*(?:在|通过|并|要|应|须|必须)")
PUBLISHED_OTHERS = re.compile(UNIT_COUNT + r"?(?:地方|单位|部门|企业|央企|高校|党组织|地区)")
# 中纪委网站公布中石油、中石化等16家央企党组的巡视整改进展情况: the units whose rectification a site published, after the
# verb (a round's count, 公布十九届中央第五轮巡视的16个单位巡视整改进展情况, is no list of them).
RECTIFICATION_PUBLISHED_OF = re.compile(rf"(?:公布|公开)了?(?P<targets>{_CLAUSE}{{2,400}}?)的(?:巡视|巡察)整改(?:进展)?情况")
# 同日公开整改通报的，还有A、B及C等多家金融机构: the units that published, after a cleft's 的.
PUBLISHERS_NAMED_AFTER = re.compile(rf"(?:公开|公布)了?(?:巡视|巡察)?整改(?:进展)?(?:情况)?(?:通报|报告)?的(?:单位|企业)?[,，]?"
                                    rf"(?:还|另|也)?(?:有|包括)(?P<targets>{_CLAUSE}{{2,400}}?)(?=[。;；\n]|$)")
# A、B以及C 3家单位的整改通报亦已同步公开 / A和B的巡视整改报告已于近日公布: the units whose reports are out, before them.
UNITS_JOINED = re.compile(r"(?<=[委组会司厅局院校行])(?:以及|及|和|与)")  # (…党委及C党委: a list's last unit, for _all_units)
LIST_JOINED = re.compile(r"[,，]以及")  # (A、B，以及C、D: two lists of one)
REPORTS_PUBLISHED = re.compile(r"的(?:(?:巡视|巡察)?整改(?:进展)?(?:情况)?(?:通报|报告)|通报)(?:也|亦|均|都|已经?|于|同步|同时|陆续|先后|相继|近日|日前|全部|悉数)*"
                               r"(?:公开|公布|发布|刊发|出炉|上网)")  # (A和B的通报亦已公布 / A等26家央企的整改通报已全部公开)
# 1.石塘镇党委:反馈问题26个,已整改24个; / (二)县财政局党组:巡察反馈问题15个: a round's unit on its line with the
# problems it was given, in a list of the round's units (_under_round).
UNIT_COUNT_LINE = re.compile(r"[ \t\u3000]*(?:\d{1,3}[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?"
                             r"[ \t\u3000]*(?P<unit>[^:：,，。;；\s]{2,30})[:：][ \t\u3000]*(?:共|巡察|巡视)?(?:反馈|指出|发现)了?"
                             r"(?:问题)?(?:共)?[\d一二三四五六七八九十两]+(?:个|条|项)")
# The words opening a clause before the units that publish (16日又有A、B等12所高校公布了…, 此外还有C).
PUBLISHERS_OPENING = re.compile(r"[ \t\u3000]*(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:又有|还有|另有|也有)?")
# The words between the units that publish and the verb (A、B等单位也已于近日公布了…): no part of the list.
PUBLISHED_WHEN = re.compile(r"(?:也|亦|均|都|已|还|分别|先后|陆续|集中|同时|相继|于|在|同日|当日|当天|近日|日前|前日|昨日|昨天|前天|"
                            r"在[^,，。;；、]{1,16}?(?:网站|网|平台|门户)(?:[和、][^,，。;；、]{1,16}?(?:网站|网|平台|门户))*等?|"
                            r"\d{1,2}月\d{1,2}日|[、和]\d{1,2}日|分[两二三四五\d]?批)+$")  # 已于1月10日、11日分两批
# 在本轮巡视中,A、B、C三家公司党组均被指出存在…问题 / 其中,A和B再次因为…问题,被点名: units a round's published
# feedback names (the clause that opens the list is their subject; the round, not a date, places it). A sentence
# without 巡视/巡察 counts when it opens with 其中 after one that has it. (Found at the verb: CALLED_OUT_VERBS.)
CALLED_OUT = re.compile(rf"(?P<targets>{_CLAUSE}{{2,80}}?(?:[一二三四五六七八九十两\d]+(?:大|家|个|所)[\u4e00-\u9fff]{{1,6}}?)?)(?:均|都|也|又|则|再次|再度|同样|先后|分别)*"
                        r"(?:因为?[^。;；被]{0,40}?[,，]?)?被(?:[^,，。;；被因]{0,8}?)(?:指出|点名|指(?![定派导示挥令控责引标]))")
# What the units' words never hold: a headline's clause before them, or its phrases set apart by a space.
NOT_CALLED_OUT = re.compile(r"巡视|巡察|反馈|回头看|整改|\s")
CALLED_OUT_VERBS = ("被指", "点名")  # (the press's 被指 too: A则被指工程建设领域廉洁风险突出; not 被指定, 被指派)
# X党组下决心加大投入、狠抓整改 / X党委坚持巡视反馈问题整改 / X党组落实巡视反馈意见整改: the unit (its party body, at the
# clause's start) that rectifies what an inspection found, where the sentence or the one before speaks of it.
# (the subject is a unit, not a team's statement on one: 巡察组对X党委开展了巡察整改“回头看”, nor a clause that
# names the body inside it: 把整改落实与党工委主体责任落实结合起来)
RECTIFYING = re.compile(r"(?<![\d\u4e00-\u9fff“”\"])(?P<targets>(?![该其本各我])(?:(?!对|向|把|将|与|巡视组|巡察组|整改|要求|督促|责成|推动)[\u4e00-\u9fff]){2,20}?"
                        # (not a person of the body's, who presides or demands: X党委负责同志主持反馈会并就抓好巡察整改工作提出要求)
                        r"(?:党组|党委|党工委)(?!织))(?:(?!负责|书记|同志|主持)[^,，。;；]){0,12}?(?:坚持|狠抓|抓好|抓实|推进|落实|完成)"
                        r"(?:(?!主题教育|检视|审计|督察|督查)[^,，。;；]){0,12}?"  # (not another kind of rectification)
                        rf"整改(?!{OPEN_QUOTE}?回头看)")
# A sentence that goes on from the one before it (其中,A和B被点名 / 对此,X党组狠抓整改 / 其中第一组向A反馈, a team right
# after 其中): read with its inspection.
OF_THOSE = re.compile(r"[ \t\u3000]*(?:(?:其中|对此)[,，]|其中(?=第[一二三四五六七八九十\d]{1,3}组|[^,，。;；]{0,12}?(?:巡视|巡察)组))")
# … or its colon (其中:第一巡察组巡察A、B;第二巡察组巡察C).
OF_THOSE_OPENING = re.compile(r"[ \t\u3000]*其中[,，:：]")
# … or names the units it counted (这14家企业分别是:A、B).
THESE_UNITS_NAMED = re.compile(THESE_UNITS)
# 此次被巡察的党组织分别是: / 被巡察单位为: the units a count stood for, named in the sentence after it.
# (此次被巡视的高校包括：A、B / 被巡视的3所高校分别是：: the units' kind and their count may stand there too)
INSPECTED_NAMED = re.compile(r"[ \t\u3000]*(?:此次|本次|本轮)?被(?:巡视|巡察)的?(?:" + UNIT_COUNT + r")?(?:党组织|单位|" + INSPECTED_KIND
                             + r")(?:分别)?(?:是|为|包括)[:：]")
# 所辖6个村(社区)党组织 / 3个乡镇党委: a count of units, in place of their names.
UNITS_COUNTED = re.compile(r"(?P<n>[\d一二三四五六七八九十两]+)(?:" + UNIT_COUNTERS + r")")
COUNTED_TAIL = re.compile(r"等(?P<n>[\d一二三四五六七八九十两]+)(?:" + UNIT_COUNTERS + r")")  # (A等20所高校党委: more units than it names)
# 12日向A、13日向B反馈 / 6月11日向A、6月12日向B反馈 / 16日上午向C、下午向D反馈 / 反馈会议分别召开:11月20日上午向A,下午向B;
# 21日上午向C: a schedule, a day or a half-day before each unit's 向 (the half-day alone the day of the one before).
HALF_DAY = r"(?:上午|下午|晚上|晚间)"
SCHEDULE_TIME = rf"(?:(?:(?P<m>\d{{1,2}})月)?(?P<d>\d{{1,2}})日{HALF_DAY}?|{HALF_DAY})"
DAY_TO = skipping(re.compile(rf"{SCHEDULE_TIME}向(?P<unit>[^,，。;；:：]{{2,400}}?)"  # (4日向A、B反馈;5日向C反馈: a day's units)
                             rf"(?=[、,，;；](?:(?:\d{{1,2}}月)?\d{{1,2}}日{HALF_DAY}?|{HALF_DAY})向|(?:集中|分别)?(?:进行)?反馈|[;；。]|$)"))
# 反馈安排如下(反馈时间、反馈对象):⏎9月15日上午 县商务局党组(党组书记 某某): a schedule's rows, a date (and half-day) then
# the unit, its head in brackets after it; under a line that leads feedback rows (FEEDBACK_ROWS_LEAD). A row may open
# with the team that fed back (各巡视组反馈时间及对象如下:⏎中央第一巡视组　10月22日　甲集团有限公司党委).
# (10月26日　第一巡视组　A/B: the team after the day, its units parted by slashes; 2023.05.08  区委第一巡察组 → A: the day
# written with dots, an arrow or a dash from the team to its unit; ▲X组⏎ - 4月15日 A: a bullet before the row)
_ROW_TEAM = r"[^\s,，。;；:：|｜]{2,24}?(?:巡视|巡察)组(?:[ \t\u3000]*(?:→|->|—+|－+|[:：])[ \t\u3000]*|[ \t\u3000]+)"
_ROW_OPENING = (r"[ \t\u3000]*(?:[-－·•▪◆■▲●][ \t\u3000]*)?"  # (a bullet, or a number: 1. A（9月4日） / （三）B（9月5日）)
                r"(?:(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）])[ \t\u3000]*)?")
_ROW_DAY = r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}[.．/-]\d{1,2}[.．/-]\d{1,2})"
# (市委第一巡察组 10月17日 A B: units parted by slashes or by spaces, each a unit's name: _schedule_row)
_ROW_UNITS = r"[^\s,，。;；:：()（）/／、]{2,40}(?:(?:[/／、]|[ \t\u3000]+)[^\s,，。;；:：()（）/／、]{2,40})*"  # (or by 、: 8月28日：A、B、C)
ROW_SPACE = re.compile(r"[ \t\u3000]")  # what parts a schedule row's day and unit: a line without one is no row…
DAY_BRACKETED_END = re.compile(rf"[(（]{_ROW_DAY}{HALF_DAY}?[)）][ \t\u3000]*$")  # … but the day in brackets after its unit
# (10月9日（星期一）：A、B: the day's weekday in brackets after it, WEEKDAY_NOTE)
# … or a colon after the day (10月12日：A、B)
DAY_COLON = re.compile(rf"{_ROW_OPENING}{_ROW_DAY}{WEEKDAY_NOTE}?{HALF_DAY}?[ \t\u3000]*[:：]")
SCHEDULE_ROW = re.compile(rf"{_ROW_OPENING}(?P<team>{_ROW_TEAM})?(?P<day>{_ROW_DAY}){WEEKDAY_NOTE}?{HALF_DAY}?"
                          rf"(?:[ \t\u3000]+|[ \t\u3000]*[:：][ \t\u3000]*)(?P<team2>{_ROW_TEAM})?(?P<unit>{_ROW_UNITS})"
                          r"(?:[ \t\u3000]*[(（][^()（）\n]{0,30}[)）])?"
                          r"(?:[ \t\u3000]+(?:反馈)?(?:地点|会场|地址)[:：][^\n]{0,40})?[；;。]?[ \t\u3000]*$"  # (…　地点：A会议室: where; a row closed by ；)
                          # (旗委第一巡察组⏎巴音苏木党委　7月4日 / 北关街道党工委（8月14日）: under a team's line, the unit, then
                          # its day, perhaps in brackets)
                          rf"|{_ROW_OPENING}(?P<unit_first>{_ROW_UNITS})(?:[ \t\u3000]+|[ \t\u3000]*[(（](?={_ROW_DAY}{HALF_DAY}?[)）]))"
                          rf"(?P<day_last>{_ROW_DAY}){HALF_DAY}?[)）]?[；;。]?[ \t\u3000]*$")
# A row opening with a bullet (▲A（6月20日）): a heading over its unit's paragraphs, its lead above the first such.
BULLETED_ROW = re.compile(r"[ \t\u3000]*[▲■●◆▪•]")
# 各单位反馈日期如下：A，10月9日；B，10月10日 / 各巡察组反馈对象和时间如下：T1，A（5月13日）、B（5月14日）；T2，C（5月15日）: a
# schedule written inline after its lead, its entries parted by ；, each a unit and its day after a comma, or a team then
# its units with their days in brackets.
# (反馈时间：A8月1日，B8月2日: a bare colon after it too)
INLINE_SCHEDULE_LEAD = re.compile(r"反馈(?:会议?)?(?:召开)?的?(?:日期|时间|对象和时间|对象及时间|时间和对象|时间及对象)"
                                  r"(?:(?:分别)?(?:如下|为|是))?[:：]")  # (反馈会召开时间：A3月15日，B3月16日)
ENTRY_TEAM = re.compile(r"[ \t\u3000]*[^,，。;；:：、()（）]{2,24}?(?:巡视|巡察)组[ \t\u3000]*[,，:：]")
UNIT_THEN_DAY = re.compile(rf"[ \t\u3000]*(?P<unit>[^,，。;；:：、()（）]{{2,40}}?)[,，][ \t\u3000]*(?P<day>{_ROW_DAY}){HALF_DAY}?[ \t\u3000]*")
UNIT_DAY_RUN = re.compile(rf"[ \t\u3000]*(?P<unit>[^,，。;；:：、()（）\d]{{2,40}}?)(?P<day>{_ROW_DAY}){HALF_DAY}?[ \t\u3000]*")  # (A8月1日)
# (遵义道桥建设（集团）有限公司党委（4月12日）: a bracket inside the unit's name, no day)
UNIT_DAY_BRACKETED = re.compile(rf"[ \t\u3000、]*(?P<unit>(?:[^,，。;；:：、()（）]|[(（][^()（）\d]{{1,6}}[)）]){{2,40}}?)"
                                rf"[(（](?P<day>{_ROW_DAY}){HALF_DAY}?[)）]")
# 东坪村党支部（9月9日上午）：A；B。: a unit's line of what it was told, the day in brackets after its name, under a lead of
# feedback (巡察组逐村点评：).
UNIT_DAY_LABEL = re.compile(rf"{_ROW_OPENING}(?P<unit>[^\s:：,，。;；、()（）]{{2,30}}?)[ \t\u3000]*[(（](?P<day>{_ROW_DAY}){HALF_DAY}?[)）]"
                            r"[ \t\u3000]*[:：]")
# (…反馈巡视情况。…出席反馈会议。具体安排如下: a schedule's lead after the paragraph has said it is of feedback; 十四届县委
# 第六轮巡察反馈一览: a heading of the rows, no sentence)
# (附：县委第六轮巡察反馈会议安排表: an attached table's title; ▌反馈对象: a poster's heading over its team → unit lines)
FEEDBACK_ROWS_HEADING = re.compile(r"(?:附(?:件|表)?\d{0,2}[:：])?[^。，,;；:：\n]{0,30}反馈(?:工作|会议|会)?(?:一览表?|安排表?|日程表?|时间表)"
                                   r"[ \t\u3000]*|[ \t\u3000▌▎■●◆▶【\[]*反馈(?:对象|单位)(?:名单|一览)?[】\]]?[:：]?[ \t\u3000]*")
FEEDBACK_ROWS_LEAD = re.compile(r"反馈[^。\n]{0,12}?(?:安排|日程|时间)[^。\n]{0,40}?(?:[:：]|——)[ \t\u3000]*$"
                                r"|反馈[^\n]{0,200}?(?:具体)?安排(?:如下|为)(?:[:：]|——)[ \t\u3000]*$"  # (具体安排为——)
                                rf"|^(?:{FEEDBACK_ROWS_HEADING.pattern})$", re.M)
# A schedule's lead, what it is of (反馈会议分别召开: / 具体安排为:): a schedule under 安排 is what is to be done.
# (分三批向被巡察单位反馈巡察情况:4日向A、B反馈;5日向C反馈: any feedback's colon right before a day's 向)
# (省委教育工委第一巡视组：11月13日向A，11月14日向B反馈巡视情况: a team's colon right before a day's 向 whose unit the next
# day's 向 follows, one 反馈 closing them all)
_DAY_TO_AHEAD = rf"[ \t\u3000]*(?:\d{{1,2}}月)?\d{{1,2}}日{HALF_DAY}?向"
SCHEDULE_LEAD = skipping(re.compile(r"反馈[^。;；:：\n]{0,12}?(?:召开|安排(?:为|如下)?|进行|如下)[:：]|(?:具体)?安排(?:为|如下)[:：]"
                                    rf"|反馈[^。;；:：\n]{{0,12}}?[:：](?={_DAY_TO_AHEAD})"
                                    rf"|(?:巡视|巡察)组[:：](?={_DAY_TO_AHEAD}[^。;；\n反]{{2,80}}?[,，、]{_DAY_TO_AHEAD})"))
PLANNED_SCHEDULE = re.compile(r"安排(?:为|如下)?[:：]")
# 向以下单位反馈巡察情况: a target that stands for the units listed after the colon closing the statement.
LISTED_AFTER = re.compile(r"^(?:以下|下列|如下)")
THOSE_UNITS = re.compile(r"(?:这些|上述|以上)(?:单位|党组织|地方和单位)(?:党组织|党委|党组)?")  # (…, then 这20个单位分别为: the list)
COLON_AFTER = re.compile(r"[^,，。;；:：\n—]{0,12}?(?:[:：]|——)")  # (反馈了巡察情况: / 反馈巡察情况——城南街道:A、B)
# 向被巡察党组织反馈巡察情况。具体为:\n县直单位:A、B: a sentence that only opens the list of the units the one before it
# fed back to.
LIST_LEAD = re.compile(r"[ \t\u3000]*(?:具体|分别)(?:为|是|如下)[:：]|[ \t\u3000]*(?:名单|具体情况|安排)如下[:：]")
# 其中 inside a sentence, after the statement it details (反馈工作全部完成,其中第二巡视组于7月6日向乙市委反馈).
THOSE_AFTER = re.compile(r"[,，]其中[,，]?")
# … or tells what was done before it (此前,A、B等12个单位已公布了整改进展情况).
EARLIER = re.compile(r"[ \t\u3000]*(?:此前|之前|在此之前)[,，]")
# 公布…第五轮巡视的16个单位…整改进展情况。其中,中央和国家机关9家:A、B…;中管企业3家:C、D、E: a round's units by kind,
# each kind counted before its colon; a group is read where it names as many units as it counts.
KIND_COUNTED = re.compile(r"(?:(?<=[,，;；:：。\n])|^)[ \t\u3000]*(?:其中|包括)?[,，]?[ \t\u3000]*(?P<label>(?:(?!巡)[\u4e00-\u9fff（()）]){2,14}?)"
                          r"(?P<n>[\d一二三四五六七八九十两]+)(?:家|个|所)(?:[:：]|[,，]?(?:即|为|是|包括|分别是|分别为)[:：]?)"
                          r"(?P<units>[^:：;；。\n]{2,600})", re.M)
# What a sentence with such groups has (中管企业3家:A / 地方2个,为A、B / 中管高校4所,即A), to be read for them.
KIND_COUNTED_LEAD = skipping(re.compile(r"[:：]|(?:家|个|所)[,，]?(?:即|为|是|包括|分别是|分别为)"))
# 名单如下：/ 地方：A、B；/ 中央单位：C、D；/ 中管高校：E。: the lines after such a list's colon, each a kind of unit (its
# label, never a target) and the units of that kind.
KIND_LINE = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十\d]+[.．、]\s*)?"
                       r"(?P<label>(?:(?!巡)[\u4e00-\u9fff（()）]|(?<=[(（][\u4e00-\u9fff])、){1,16}"  # (县（市、区）（5个）：; 政策性金融机构和投资机构)
                       r"(?:[(（]?[\d一二三四五六七八九十两]+(?:家|个|所)[)）]?)?"  # (中管企业8家：A、B / 地方（8个）：A、B)
                       r"|\d{1,2}月\d{1,2}日"  # (1月13日：A、B；: the units of a batch, by the day it was published)
                       rf"|{ROUND_LABEL}"  # (第一轮（2021年4月）：A、B: a round's)
                       rf"|(?:巡视|巡察)?{OPEN_QUOTE}?回头看{CLOSE_QUOTE}?(?:单位|对象))[:：]"  # (巡察“回头看”单位：A、B)
                       r"(?P<units>[^:：。\n]{2,800})[。；;]?[ \t\u3000]*$")
# 中央和国家机关(9家): / 中管企业（12家）：: a kind's heading with its count, alone on its line, its units one a line beneath.
KIND_HEADING = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十\d]+[.．、]\s*)?(?:(?!巡)[\u4e00-\u9fff]){2,12}"
                          r"[(（][\d一二三四五六七八九十两]+(?:家|个|所)[)）][:：]?[ \t\u3000]*")
LIST_END = re.compile(r"[。！？!?\n]")  # the end of a list introduced by a colon, which runs over ；
OBJECTS_SAID = ("对象为", "对象是")  # …的巡视对象为A: a list said without its colon, which ends at ；
NEXT_FIELD = re.compile(r"[ \t\u3000]+[\u4e00-\u9fff]{2,6}[:：]")  # a line's next field (… 值班电话:), after a list
LINE_NOTE = re.compile(r"[(（][^()（）]{1,16}[)）](?=[。;；,，]?$)")  # a note in brackets closing a line of a list
LIST_VERB = re.compile(r"的?(?:反馈|进行|开展|召开|整改)|的(?:巡视|巡察)|[(（]?(?:以下简称|简称)"
                       r"|(?:已|均|都)(?:经|全部|全面)?(?:完成|公布|公开|整改|反馈|接受)")  # 18个单位党组织已全部完成
LIST_STOP = re.compile(r"[,，](?!以及)|[。;；:：!?！？\n]")  # (…海南等地，以及科技部、中粮集团等单位: one list)
# A line of a list of units one a line: the unit, after 以及 on the last, and the mark closing it.
# (1.区教育局党组（同步延伸巡察A、B）: the units its inspection was extended to in brackets after it, a 、 between them)
LINE_OF_UNIT = re.compile(r"^(?:以及|及|和)?(?P<unit>[^,，。;；:：、 ]{2,30}?)(?:[(（][^()（）\n]{2,120}[)）])?(?P<stop>[。;；,，]?)$")
# A table's date column written alone on its line (进驻时间 / 反馈时间), as a table flattened one cell a line heads it: what
# its dates are the dates of (反馈时间: the feedback's, not the inspection's).
DATE_HEADER = re.compile(r"^[ \t\u3000]*(?P<what>反馈|进驻|巡视|巡察)?(?:时间|日期)[ \t\u3000]*$", re.M)
# A table of teams and the units they inspect, flattened into lines (组别 | 被巡视单位 | 进驻时间): its header,
# and a row, a team at the start of its line and the unit in the next cell.
TABLE_HEADER = skipping(re.compile(r"(?:被巡视|被巡察)(?:单位|党组织|对象)[ \t\u3000]*[|｜\t ]|[|｜\t :：][ \t\u3000]*(?:被巡视|被巡察)(?:单位|党组织|对象)"
                                   r"|^[ \t\u3000]*(?:被巡视|被巡察)(?:单位|党组织|对象)[ \t\u3000]*$"
                                   r"|^[ \t\u3000]*(?:巡视|巡察)对象[ \t\u3000]*$", re.M))  # (组别⏎组长⏎巡察对象⏎进驻时间: cells a line)
TABLE_ROW = re.compile(r"(?:[ \t\u3000]*[|｜\t][ \t\u3000]*|[ \u3000]+)(?P<cell>[^|｜\t\n \u3000]{2,80})")
# What numbers a line before its team: a table row's first cell (1 | 县委第一巡察组 | 甲镇党委, 二\t市委第二巡察组\t乙局:
# a tab is a space once normalised) or a list's number (1.省委第一巡视组：甲市, （二）第二巡察组：乙局, 三、第三巡察组：丙县).
ROW_NUMBER = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]+)"
                        r"|(?:\d{1,3}[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])[ \t\u3000]*")
# 1 甲公司党委 第一巡察组 13 12 92.3%: a row with the unit's cell before the team's, figures, dates or nothing after.
UNIT_CELL_ROW = re.compile(r"[ \t\u3000]*(?:\d{1,3}[.．、]?[ \t\u3000]+|[(（]\d{1,3}[)）][ \t\u3000]*)?"
                           r"(?P<unit>[^\s|｜,，。;；:：、()（）]{2,40})[ \t\u3000]+")
# (1)甲公司党委 第一巡察组 专项巡察 3月6日: the cells after the team, its inspection's mode (ROW_MODE) then figures or dates.
ROW_MODE = re.compile(rf"[ \t\u3000]+(?:(?P<mode>{alternation(INSPECTION_MODES)})(?:巡视|巡察)|(?:巡视|巡察)?{OPEN_QUOTE}?"
                      rf"(?P<rev>回头看){CLOSE_QUOTE}?)(?=[ \t\u3000]|$)")
ROW_FIGURES = re.compile(r"(?:[ \t\u3000]+[\d.．%％年月日\-/—至]+)*[ \t\u3000]*")
# 市委第一巡察组 进驻市发改委: a clause after the team, not a row's cell naming a unit.
ROW_CELL_NOT_UNIT = re.compile(r"(?:进驻|入驻|巡视|巡察|对|向|在|赴|于|将|已|到|组长|副组长|成员)")
# 省委第一巡视组：甲市委、乙县委: a row written with a colon (under a table's header too; elsewhere a colon
# after a team opens anything: its leaders, its telephone).
# A line that opens with a team and lists its units after a colon (第一巡察组:A、B、C; / 第二巡視組：D、E。), in a round's
# notice or rectification report: the team inspected each unit; read only where every listed part is a unit's name.
# Its leaders may stand in brackets between the team and the colon (第一巡察组(组长:张某):A、B).
# (一组 → A、B: an infographic's arrow for the colon; 集团党组第一巡视组——A、B: a dash)
# (省委第一巡视组巡视单位整改情况：A、B / 第二巡察组巡察对象：C: what the line lists, before its colon)
TEAM_LINE_COLON = re.compile(r"(?:[(（][^()（）\n]{1,40}[)）])?"
                             # (中央第一巡视组 组长 王怀臣 巡视对象 A: the leader's cell before the units' label)
                             r"(?:[ \t\u3000]+副?组长[:：]?[ \t\u3000]*[\u4e00-\u9fff·]{2,5}(?=[ \t\u3000]+(?:巡视|巡察)的?(?:单位|对象)))?"
                             r"[ \t\u3000]*"
                             r"(?:(?:巡视|巡察)的?(?:单位|对象|党组织)(?:整改(?:进展)?情况)?(?:[ \t\u3000]*(?:[:：]|→|➜|->|——)"
                             r"|[ \t\u3000]+)|[:：]|→|➜|->|——|[ \t\u3000]+[—－-][ \t\u3000]+)[ \t\u3000]*")  # (省委第一巡视组 巡视单位 A B: a cell's label, no colon)
# A notice's contact field closing a team's line after its units (；联系电话：0817-2616601 / 举报邮箱: …), or its leaders'
# (；组长曹光明；/ ，组长：严雪，副组长：…): no unit; or in brackets (A党组（值班电话：…；邮政信箱：…）).
CONTACT_TAIL = (r"(?:[;；,，。][ \t\u3000]*|[ \t\u3000]+|[(（])(?:(?:联系|举报|值班|受理|监督)?(?:电话|手机|邮箱|信箱|联系人|传真)"
                r"|副?组长[:：]?[ \t\u3000]*[\u4e00-\u9fff·]{2,5}(?:[;；,，。]|$))[^\n]*")
_CONTACT = re.compile(CONTACT_TAIL)
# (县委第一专项巡察组：A、B、C，D: a comma may part the units too; the reader then checks each part it parts)
TEAM_UNITS_LINE = re.compile(TEAM_LINE_COLON.pattern + rf"(?P<cell>[^|｜\t\n:：。;；]{{2,400}}?)(?:{CONTACT_TAIL})?[;；。]?[ \t\u3000]*$",
                             re.M)
# 省委第一巡视组　组长：某某　巡视甲市　联系电话：…: a notice's line of the team, its leader, its verb and its units (and
# contacts).
TEAM_LEADER_VERB_LINE = re.compile(r"[ \t\u3000]+副?组长[:：]?[ \t\u3000]*[\u4e00-\u9fff·]{2,5}[ \t\u3000]+(?:巡视|巡察)"
                                   rf"(?P<cell>[^|｜\t\n:：。;；\s]{{2,400}}?)(?:{CONTACT_TAIL})?[;；。]?[ \t\u3000]*$", re.M)
# 第一巡察组　大虎山镇党委　电话：0416-5521801: a notice's line of cells parted by spaces, no colon after the team, closed by
# its contact and its value (not 省委第一巡视组 甲市委 联系电话, a table's header cells beside a team).
TEAM_UNIT_CONTACT_LINE = re.compile(r"[ \t\u3000]+(?P<cell>[^|｜\t\n:：。;；\s]{2,60})[ \t\u3000]+"
                                    r"(?:联系|举报|值班|受理|监督)?(?:电话|手机|邮箱|信箱)[:：][^\n]*$", re.M)
# 交叉巡察第一组（组长：某某）→龙口镇：A村、B村: the place the team goes to, then its units there after a colon (the place is
# no unit inspected).
# (柳河镇（8个）：A村、B村: the count of its units in brackets after the place; alone on its line over them too, PLACE_HEADING)
UNITS_PLACE = rf"[\u4e00-\u9fff]{{1,10}}?{PLACE_END}(?:[(（][\d一二三四五六七八九十]{{1,3}}个[)）])?[:：][ \t\u3000]*"
PLACE_HEADING = re.compile(rf"[ \t\u3000]*{UNITS_PLACE}$")
PLACE_BEFORE_UNITS = re.compile(UNITS_PLACE)
TEAM_PLACE_UNITS_LINE = re.compile(TEAM_LINE_COLON.pattern + UNITS_PLACE +
                                   r"(?P<cell>[^|｜\t\n:：。;；,，]{2,400}?)[;；。]?[ \t\u3000]*$", re.M)
# 市委第四巡察组：甲镇党委（提级巡察）；乙局（巡察“回头看”）: after TEAM_LINE_COLON, a team's groups of units, each with
# its mode in brackets (PART_MODE: 专项巡察 of a sector too, （粮食购销领域专项巡察）).
# 省委第二巡视组：甲市委；延伸巡视的A县委、B区委: a group of a team's line naming the units its inspection was extended to.
PART_EXTENDED = re.compile(r"[ \t\u3000]*(?:同时|并)?被?延伸(?:巡视|巡察)(?:的|了)?[:：]?[ \t\u3000]*")
UNIT_MODE = re.compile(rf"[(（](?:[\u4e00-\u9fff]{{2,10}}?领域)?(?:巡视|巡察)?(?:整改)?{OPEN_QUOTE}?(?P<mode>回头看|{alternation(INSPECTION_MODES)})式?"
                       rf"{CLOSE_QUOTE}?(?:巡视|巡察)?[)）]")  # (a unit's: A（提级巡察）、B（常规巡察）)
PART_MODE = re.compile(rf"{UNIT_MODE.pattern}[ \t\u3000]*(?=[:：]?[ \t\u3000]*$)")  # (（“机动式”巡察）：)
# 第一巡察组：“回头看”A、B；常规巡察C、D: a group of a team's line opening with its mode, the units after it.
PART_MODE_OPENING = re.compile(rf"[ \t\u3000]*(?:巡视|巡察)?{OPEN_QUOTE}?(?P<mode>回头看|{alternation(INSPECTION_MODES)})式?"
                               rf"{CLOSE_QUOTE}?(?:巡视|巡察)?[:：]?[ \t\u3000]*(?=[\u4e00-\u9fff])")
# 市发展改革委(3月6日至4月10日)、市财政局(4月17日至5月26日): a unit with, in brackets, the period its inspection took (a
# team inspecting its units one after another); the units before it without a bracket of their own share it.
# (A(9月12日): one day, not a period, is no such bracket; it may be the day the unit published its report)
UNIT_PERIOD = re.compile(r"[(（][ \t\u3000]*(?:\d{4}年)?[\d一二三四五六七八九十〇]{1,2}月[\d日号上中下旬初底末 \t\u3000]{0,6}"
                         r"(?:至|到|—{1,2}|－|-|–|~|～)[\d年月日号上中下旬初底末 \t\u3000]{1,16}[)）]")
UNIT_GROUP_SEPARATORS = "、,，;； \t\u3000"  # what parts a bracket from the next unit
# 第一巡察组:A、B(第一批);C(第二批,提级巡察): a group's batch in brackets, dated where the text dates that batch.
BATCH_NOTE = re.compile(rf"[(（](?P<batch>第[一二三四五六七八九十\d]{{1,2}}批)(?:[,，、](?P<mode>{alternation(INSPECTION_MODES)})"
                        r"(?:巡视|巡察)?)?[)）][ \t\u3000]*$")
BATCH_DATE_GAP = re.compile(r"[ \t\u3000:：,，]*(?:为|于|从|自|时间为|时间)?[ \t\u3000]*")
BATCH_DATE_REACH = 12
# A(专项)、B(延伸巡察): any short note after a batch's unit (wider than UNIT_NOTE, whose notes are dates and modes)
BATCH_UNIT_NOTE = re.compile(r"[(（][^()（）]{1,12}[)）]")
# 3月4日—4月12日 A、B: a batch of a team's line, its period before its units (_team_batches).
BATCH = re.compile(r"[ \t\u3000]*(?P<period>(?:\d{4}年)?\d{1,2}月\d{1,2}日?[ \t\u3000]*(?:至|到|—{1,2}|－|-|–|~|～)[ \t\u3000]*"
                   r"(?:\d{1,2}月)?\d{1,2}日?)[ \t\u3000,，:：]*")
# 1.甲公司党委(集团党委第一巡察组): a line opening with a unit and, in brackets, the team that inspected it.
UNIT_BEFORE_TEAM = re.compile(r"[ \t\u3000]*(?:\d{1,3}[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])?"
                              r"[ \t\u3000]*(?P<unit>[^\s,，。;；:：()（）、]{2,40})[ \t\u3000]*[(（][ \t\u3000]*")
UNIT_LINE_REACH = 64  # how far before its team such a line starts at most (its number, the unit, spaces)
# (…第一巡察组巡察) / (…第一巡察组,2025年3月至5月) / (…第一巡察组、常规巡察): what the brackets say of the inspection too.
TEAM_AFTER_UNIT = re.compile(r"(?:巡视|巡察)?(?:[,，、;；][^()（）\n]{1,30})?[ \t\u3000]*[)）][ \t\u3000]*(?:[:：,，]|$)", re.M)
# 区委第一巡察组—A、B、C;区委第二巡察组—D、E: a team, a dash, then the units it inspected up to the clause's end.
TEAM_DASH_UNITS = re.compile(r"[ \t\u3000]*(?:—{1,2}|－{1,2}|-{2}|–)[ \t\u3000]*(?P<cell>[^|｜\t\n:：。;；,，—－]{2,400}?)(?=[;；。\n]|$)")
# ▶ 县委第一巡察组(专项)⏎巡察对象:A、B⏎组长:某某 / ◆ 巡察组:X⏎◆ 被巡察单位:A: an infographic's card, the team on its
# line (after a label or a bullet, with a note in brackets) and its units on a labelled line of the card below it.
CARD_BULLET = r"(?:[^\w\s][\ufe0f]?[ \t\u3000]*)?"  # (▶ / ◆ / 📅 before a card's line: any symbol)
CARD_TEAM_REST = re.compile(r"[】\]］」》]?(?:[ \t\u3000]*[(（][^()（）\n]{1,30}[)）])?[ \t\u3000]*(?=\n)")  # (【省委第二巡视组】)
CARD_UNITS = re.compile(rf"[ \t\u3000]*{CARD_BULLET}(?:【)?(?:(?:被)?(?:巡察|巡视|进驻)(?:对象|单位|党组织)|对象|反馈(?:对象|单位))(?:】)?"
                        r"[ \t\u3000]*[:：]?[ \t\u3000]*(?P<cell>[^\n:：]{2,400}?)[;；。]?[ \t\u3000]*$", re.M)
CARD_REACH = 3  # how many lines below its team a card's units may stand
# 延伸巡察：A、B: a card's line of the units the team's inspection was extended to.
CARD_EXTENDED = re.compile(rf"[ \t\u3000]*{CARD_BULLET}(?:【)?(?:同步|同时)?延伸(?:巡视|巡察)(?:对象|单位|党组织)?(?:】)?[ \t\u3000]*[:：]"
                           r"[ \t\u3000]*(?P<cell>[^\n:：]{2,400}?)[;；。]?[ \t\u3000]*$", re.M)
# A day as pages write it, with its year or not (2019年4月18日 / 4月18日 / 4月18号).
WRITTEN_DAY = r"(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]"
# A note in brackets closing a card's units (A、B（“一托二”）): its words, no unit.
DAY_NOTE = re.compile(rf"{WRITTEN_DAY}(?:上午|下午)?")  # (A(4月20日): the unit's own day, read with it)
# … in its brackets (A(5月10日)、B(5月11日)); with UNIT_PERIOD's, what a list of units may say of each in brackets.
UNIT_DAY_NOTE = re.compile(rf"[(（][ \t\u3000]*(?:{DAY_NOTE.pattern})[ \t\u3000]*[)）]")
UNIT_DAYS = re.compile(rf"{UNIT_PERIOD.pattern}|{UNIT_DAY_NOTE.pattern}")
# … or after a space, before the next unit (第一巡察组：A 12月12日；B 12月13日): a unit's day on a schedule's team line.
# (中央第一巡视组——中国人民银行党委，反馈时间4月22日；: after a comma, perhaps labelled)
UNIT_DAY_AFTER = re.compile(rf"{UNIT_DAY_NOTE.pattern}|(?:[ \t\u3000]+|[ \t\u3000]*[,，][ \t\u3000]*(?:反馈(?:时间|日期)[:：为]?[ \t\u3000]*)?)"
                            rf"(?:{DAY_NOTE.pattern})(?=[ \t\u3000]*(?:[、,，;；。]|$))", re.M)
# 中国人民银行党委——中央第一巡视组，反馈时间4月22日；: a schedule's line, the unit first, then its team and day.
UNIT_TEAM_DAY_LINE = re.compile(rf"[ \t\u3000]*(?P<unit>[^\s,，。;；:：—]{{2,40}}?)[ \t\u3000]*(?:——|→|➜|->)[ \t\u3000]*"
                                rf"(?P<team>[^\s,，。;；:：]{{2,30}}?(?:巡视|巡察)组)[ \t\u3000]*[,，][ \t\u3000]*"
                                rf"(?:反馈(?:时间|日期)[:：为]?[ \t\u3000]*)?(?P<day>{DAY_NOTE.pattern})[ \t\u3000]*[;；。]?[ \t\u3000]*")
# … or before it (县委第一巡察组：5月22日上午星沙街道，5月22日下午湘龙街道；): a schedule's day, then its unit.
SCHEDULE_DAY = rf"{WRITTEN_DAY}(?:上午|下午|晚上)?"
UNIT_DAY_BEFORE = re.compile(rf"[ \t\u3000,，、]*(?P<day>{SCHEDULE_DAY})[ \t\u3000]*(?P<units>[^\s,，、;；。\n]{{2,60}})")
DAY_BEFORE_UNIT = re.compile(rf"(?:^|(?<=、)){SCHEDULE_DAY}[ \t\u3000]*(?=[\u4e00-\u9fff])")
CELL_NOTE = re.compile(r"[ \t\u3000]*[(（](?P<note>[^()（）\n]{1,12})[)）][ \t\u3000]*$")
CARD_TEAM_REACH = 120  # how many characters before a card's units line its team may stand
# 反馈时间:2024年9月24日 / 📅 反馈日期:8月29日: a card's line that says when its team fed back to its units.
CARD_FEEDBACK = re.compile(rf"[ \t\u3000]*{CARD_BULLET}(?:【)?反馈(?:时间|日期)(?:】)?[ \t\u3000]*[:：]?")
# 区委第一巡察组 蒲溪镇青石村党总支 12 11 1: after a team opening its line, the unit and figures parted by spaces.
TEAM_ROW_FIGURES = re.compile(r"[ \t\u3000]+(?P<cell>[^\s,，。;；:：|｜、]{2,40})(?:[ \t\u3000]+\d+(?:\.\d+)?%?){1,8}[ \t\u3000]*$")
# A由第一巡察组巡察 / 甲局则由第二巡察组进驻 / A、B、C三所高校由T一并巡视 / 甲集团于4月迎来省委第六巡视组进驻 / A、B则分别
# 迎来T1、T2 / 进驻甲省的是T (the press's turns): the units of the clause before the word that hands them to the team
# (由, 迎来) or after 进驻 before 的是, inspected by the team after it; then the team's verb closes the clause, if any.
HANDED_TO_TEAM = re.compile(r"(?:(?:进驻|负责(?:巡视|巡察))(?P<units2>[^,，。;；]+?)的(?:是|为)"
                            r"|(?P<units>[^。;；]+?)(?:日前|近日|近期|已经?|(?:在|于)?(?:\d{4}年)?\d{1,2}月"
                            r"(?:\d{1,2}日|上旬|中旬|下旬|初|底)?)?(?:则|也|均|将|还)?(?P<each>分别)?(?P<verb>由|迎来))")
# (A、B由第一巡察组负责; / A由T进行巡察 / A由T开展常规巡察)
BY_TEAM_VERB = re.compile(r"(?:(?:一并|同时|具体)?(?:负责)?(?:进行|开展|实施)?了?(?:常规|专项)?(?:巡视|巡察|进驻)(?:工作)?|负责)"
                          r"(?=[,，。;；\n]|$)")
# (A、B由中央第一巡视组反馈; / C由T进行反馈 / D由T反馈巡视情况: the units handed to the team for its feedback)
FED_BACK_BY_TEAM = re.compile(r"(?:进行|作)?了?(?:巡视|巡察)?反馈了?(?:巡视|巡察)?(?:情况|意见)?(?=[,，。;；\n]|$)")
CLAUSE_CLOSE = re.compile(r"(?=[,，。;；\n]|$)")
# (A迎来T / A迎来T进驻 / A迎来T进驻开展常规巡察)
RECEIVED_TEAM_VERB = re.compile(r"(?:的?(?:常规|专项)?(?:进驻|巡视|巡察)(?:并?开展了?(?:常规|专项|机动)?(?:巡视|巡察))?)?(?=[,，。;；\n]|$)")
MAX_UNITS_BEFORE = 400
# A team's line that ends with a colon, its units on the lines beneath (县委第一巡察组: / 县委第一巡察组巡察单位:).
TEAM_LINE_END = re.compile(r"[ \t\u3000]*(?:(?:巡视|巡察)(?:的)?(?:单位|对象|党组织)?)?[:：][ \t\u3000]*(?=\n|$)")  # (县委第一巡察组巡察：)
LINE_END = re.compile(r"[ \t\u3000]*(?=\n|$)")
# 组长:梁某 副组长:何某: a line of a team's leaders alone, between the team's line and its units'.
LEADERS_LINE = re.compile(r"[ \t\u3000]*(?:(?:副?组长|组员|联络员)[ \t\u3000]*[:：][ \t\u3000]*[^\s:：,，。;；]{2,12}[ \t\u3000]*)+(?=\n)")
# The number a line of a list opens with (1.A / 2、B / (3)C / ⑷D), numbered on over several teams' lists.
LINE_NUMBER = re.compile(r"[ \t\u3000]*(?:\d{1,3}[.．、)）]|[(（]\d{1,3}[)）])[ \t\u3000]*")
ONE_CHARACTER_PLACE = re.compile(r"[^省市州县区旗镇乡村各全本该其][县旗]")  # 横县, 沛县: a county of one character
ONE_UNIT_LINE = 14  # the longest name a team's line may give alone (longer: names run together)
UNIT_LIST_SEPARATOR = re.compile(r"、|[/／]|及其|及(?=所辖|下辖)")  # (A/B/C: a team's units parted by slashes)
TEAM_LINES_BACK = 30  # how many lines of teams before the paragraph that dates them
INSPECTED_BEFORE = re.compile(r"(?:开展|进行)了?[^。]{0,8}(?:巡视|巡察)")
COLON_ROW = re.compile(r"[ \t\u3000]*[:：][ \t\u3000]*(?P<cell>[^|｜\t\n:：。;；]{2,400})")
# 中共甲局党组关于市委第一巡察组巡察反馈意见整改情况的通报 / 1.乙局党组关于十届市委第三轮巡察整改进展情况的通报: in a
# list of rectification reports, a line each, quoted one after another (「A关于巡视整改进展情况的通报」、「B…」) or run
# together on one line where a copy lost the list's breaks (A关于…的通报 2023-05-12 B关于…的通报), each
# title names the unit inspected and the team or round (a report's own title is not read: its text tells the
# inspection, in the words the report uses).
# What a listed title's line may end with after the title: the file's extension and the link's words (A巡察整改进展情况通报.docx
# 点击下载 / 【查看】 / >>).
LINK_TAIL = (r"[ \t\u3000]*(?:\.(?:docx?|pdf|wps|xlsx?))?[ \t\u3000]*(?:点击下载|下载|【查看】|\[查看\]|[(（]点击查看[)）]|>>|》》)?"
             r"[ \t\u3000]*(?:[\[(（【]?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[\])）】]?)?[ \t\u3000]*")  # (… [2024-02-19]: its date)
REPORT_TITLE = re.compile(r"(?:^[ \t\u3000]*(?:\d{1,3}[.．、][ \t\u3000]*|[①-⑳][ \t\u3000]*|(?:[·•▪»]|>>|》》)[ \t\u3000]*|"
                          + BULLET.pattern + r")?|(?<=[「“《『])"
                          r"|(?<=[ \t\u3000\d)）\]】])|(?<=通报|报告|公告|公示))"  # (titles run together on one line)
                          # (not 个被巡视党组织 after 14: a count's word opens no unit's name)
                          r"(?![\d\-/.个家所])(?P<unit>[^\s,，。;；:：、“”《》「」『』]{2,40}?)(?:关于(?:落实|贯彻落实)?(?!对)"
                          r"[^。\n]{0,30}?(?:巡视|巡察)[^。\n]{0,20}?整改[^。\n]{0,16}?的?(?:通报|报告|公告|公示)"
                          # (旗委第一巡察组⏎  A党委巡察整改进展情况: a short title, the line's whole, after a party body's
                          # name: not 学校公布省委巡视整改进展情况, a headline)
                          r"|(?:(?<=党委)|(?<=党组)|(?<=支部)|(?<=总支)|(?<=工委)|(?<=员会))"
                          r"(?:巡视|巡察)整改(?:进展)?情况(?:的?(?:通报|报告|公示))?(?=" + LINK_TAIL + r"$))"
                          r"(?:[ \t\u3000]*[(（][^()（）\n]{2,30}?(?:巡视|巡察)组[^()（）\n]{0,8}[)）])?", re.M)  # (…的通报(省委第一巡视组巡视))
# What every REPORT_TITLE holds, found fast (a title's 关于…巡察…整改, or 党委巡察整改): a text with fewer than two lists no
# titles, and the costly pattern is not run over it. (Each alternative opens with a literal, which the engine skips
# through the text to.)
REPORT_TITLE_CORE = re.compile(r"关于[^。\n]{0,30}?(?:巡视|巡察)[^。\n]{0,20}?整改|"
                               + "|".join(f"{body}(?:巡视|巡察)整改" for body in ("党委", "党组", "支部", "总支", "工委", "员会")))
# What every REPORT_TITLE holds: 关于 and, in its sentence after it, the report's kind; or the 巡视整改(进展)情况 closing a
# short title (a line that only says 巡视整改, most of a page on rectification, is not read with the costly pattern).
REPORT_TITLE_WORDS = re.compile(r"关于[^。\n]*?(?:通报|报告|公告|公示)|(?:巡视|巡察)整改(?:进展)?情况")


def _lists_report_titles(text: str) -> bool:
    """Whether the text lists two titles of rectification reports or more (REPORT_TITLE twice; REPORT_TITLE_CORE twice
    first, cheaper). A title is one line's and says 整改: only those lines are read."""
    if "整改" not in text or sum(1 for _ in zip(range(2), REPORT_TITLE_CORE.finditer(text))) < 2:
        return False
    titles, at = 0, text.find("整改")
    while at >= 0 and titles < 2:
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        end = len(text) if end < 0 else end
        if REPORT_TITLE_WORDS.search(text, start, end):
            titles += sum(1 for _ in zip(range(2 - titles), REPORT_TITLE.finditer(text, start, end)))
        at = text.find("整改", end)
    return titles > 1


# 省委第一巡视组⏎A、B、C巡视整改进展情况: the title of the units' reports, closing the line of the units under a team.
UNITS_REPORT_TAIL = re.compile(r"(?:巡视|巡察)整改(?:进展|落实)?情况(?:的?(?:通报|报告|公示))?$")
# A listed title's date alone on the line after it (A关于…的通报⏎2024-03-08).
LISTED_DATE_LINE = re.compile(r"[ \t\u3000]*[\[(（]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\])）]?[ \t\u3000]*")
# X接受了Y的常规巡察: the inspected unit as the subject.
# 甲市接受省委第三巡视组巡视: the team may stand right before the verb, without 的.
# A、B…等16个单位党组织将接受二十届中央第六轮巡视: a round in place of the team; 将 (a plan) is no part of the list.
# (A日前接受…巡视 / A于3月5日起接受…: when, between the unit and 接受)
ACCEPT_WHEN = (r"(?:则|也|均|曾经|曾)?(?:日前|近日|近期|目前|正在|已经|已|昨日|今日|昨天|今天"
               r"|(?:于|在)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午)?起?"
               r"|(?:于|在)?\d{4}年(?:\d{1,2}月)?)")  # (B则在7月9日接受了T的反馈 / 学校党委曾于2017年接受T专项巡视)
ACCEPT = re.compile(rf"(?P<targets>{_CLAUSE}{{2,200}}?){ACCEPT_WHEN}?(?P<plan>即将|将要|将)?接受了?"
                    rf"(?P<by>{_CLAUSE}{{0,30}}?(?:的|组))?"
                    rf"(?:[一二三四五六七八九十\d]+届)?(?:{'|'.join(DISPATCHERS)})?(?:第[一二三四五六七八九十\d]+轮)?"
                    rf"{MODE}(?P<kind>巡视|巡察)(?!反馈|情况反馈)")  # (接受T巡视反馈: a feedback, FEEDBACK_ACCEPTED's)
# 此外，A及B亦迎来巡视组进驻 / A迎来了省委第三巡视组的进驻: the units a team (named or not) entered, as their subject.
WELCOMES_TEAM = re.compile(rf"(?P<targets>{_CLAUSE}{{2,120}}?)(?:亦|也|均|同时|同日|则|先后|陆续)?迎来了?"
                           rf"(?P<by>{_CLAUSE}{{0,30}}?(?:巡视|巡察)组)(?:的?(?:进驻|入驻)|(?=[,，。;；]|$))")  # (…党组迎来省委第五巡视组。)
# 在A召开动员会，省委第二巡视组组长某某作动员讲话 / 在B召开的反馈会上，T组长某某反馈了巡视情况: the unit that hosts a team's
# meeting, the team named right after the clause (by its leader who speaks there).
HOSTS_TEAM_MEETING = re.compile(rf"在(?P<targets>(?:(?!在){_CLAUSE}){{2,40}}?)召开了?的?(?:(?:巡视|巡察)(?:工作)?)?"
                                r"(?P<kind>(?:进驻)?动员(?:部署)?(?:大)?会(?:议)?|反馈(?:会议|大会|会))上?[,，][ \t\u3000]*")
# 对A、B的巡视由省委第一巡视组承担 / 对C的巡察工作由第八巡察组负责: the team said to take the units on.
TAKEN_ON_BY = re.compile(rf"对(?P<targets>(?:(?!对){_CLAUSE}){{2,200}}?)的{MODE}(?:巡视|巡察)(?:工作)?由(?=[^,，。;；]{{2,30}}?(?:承担|负责))")
# 甲市委：省委第二巡视组正式进驻 / 乙局党组：T反馈巡视意见 (a heading of a round's page, the unit, then its team and what it did).
UNIT_THEN_TEAM_LINE = re.compile(r"^[ \t\u3000]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[●◆■▲•·◇]\s*)?(?P<targets>[^:：\n]{2,40}?)[:：][ \t\u3000]*", re.M)
# (closing its line or clause: not 中纪委：中央第六巡视组进驻A, a source's label before the news)
UNIT_TEAM_VERB = re.compile(r"(?:(?:正式)?(?:进驻|入驻)|(?P<fed>反馈(?:了)?(?:巡视|巡察)?(?:意见|情况)))(?=[ \t\u3000]*(?:[,，。;；]|$))", re.M)
# 长春市委：对照省委第一巡视组反馈的…问题 / (the unit's line above) 针对T反馈的问题 / T反馈…等问题后: a unit's paragraph of a
# round's rectification roundup, answering the team its first clause names (_unit_answering_team).
ANSWERS_TEAM = re.compile(r"[ \t\u3000]*(?:(?P<unit>[^\s:：,，。;；、()（）]{2,40}?)[:：][ \t\u3000]*)?"
                          r"(?P<clause>(?:对照|针对|根据|按照|落实)?[^,，。;；:：\n]{0,4}?(?:中央|省委|自治区党委|市委|州委|县委|区委|旗委|盟委|党委|党组|集团)[^,，。;；:：\n]{0,40})")
FED_BACK_OR_POINTED = re.compile(r"[^,，。;；:：\n]{0,4}?(?:反馈|指出)")
# … a unit's heading alone on its line, numbered, bulleted or in brackets (一、杭州市商务局 / 【温州市】 / ■湖南), or a digest's
# subheading, the unit and its own short title after a colon (山东：查处“红包”问题), over the paragraph a team's findings open
# (…省委第一巡视组于10月13日反馈指出：… / 3月12日，市委第一巡察组反馈指出，… / 中央第三巡视组反馈指出，…).
UNIT_ALONE_LINE = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）]|【|[■●◆▲◇□])?"
                             r"[ \t\u3000]*(?P<unit>[^\s:：,，。;；、()（）【】]{2,40}?)】?[ \t\u3000]*(?:[:：][^\n。，,；;]{1,24})?")
TOLD_UNDER_HEADING = re.compile(r"[ \t\u3000]*(?:[^,，。;；:：\n]{0,16}?[,，])?[^,，。;；:：\n]{0,8}?(?:巡视|巡察)组"
                                r"[^,，。;；:：\n]{0,16}?(?:反馈)?(?:指出|认为)")
# 对25家金融单位党组织开展常规巡视，其中包括A、B3家监管机构，以及C、D等国有金融企业: the units the count stood for, some of
# them named after 其中包括 in the same sentence.
AMONG_THEM = re.compile(r"[,，](?:其中(?:包括|有)|(?:首批|第一批|其中)?(?:包括|包含))[:：]?(?!.{0,600}?在内)"
                        r"(?P<units>[^。;；\n]{2,600}?)(?=[。;；\n]|$)")
COUNTED_TAIL_GAP = re.compile(r"[^,，。;；]{0,12}")  # (…反馈了巡视情况，其中包括: the verb's object before the list)
# … after a clause that counts the units a round inspects, feeds back to or publishes the rectification of (本轮共组建15个巡视组，
# 将巡视26家中管企业，包括A、B / 分别向25家金融单位党委反馈了巡视情况，其中包括C、D / 首批包括E省委、F省委等8个省级党委).
COUNTED_CLAUSE = re.compile(rf"(?:巡视|巡察|进驻|反馈|整改|公布|公开)[^。;；]{{0,40}}?{UNIT_COUNT}|{UNIT_COUNT}[^。;；]{{0,30}}?"
                            r"(?:巡视|巡察|进驻|反馈|整改)")
# … or a list of any length closed by its count (公布…整改情况，首批包括A、B…及H等8个省级党委), after the clause of what was done.
COUNTED_CLAUSE_HEAD = re.compile(r"巡视|巡察|进驻|反馈|整改|公布|公开")
ETC_COUNT_CLOSE = re.compile(rf"等{UNIT_COUNT}[\u4e00-\u9fff（()）]{{0,12}}$")
# A被列为县委第五巡察组本轮巡察对象 / A被确定为此次巡视对象 / A成为中央第一巡视组的巡视对象 / A、B为省委第三巡视组巡视
# 对象: the unit listed as the inspection's object.
LISTED_AS_OBJECT = re.compile(rf"(?P<targets>{_CLAUSE}{{2,60}}?)(?:被(?:列为|确定为|纳入)|成为|为)(?:{_CLAUSE}{{0,30}}?(?:巡视|巡察)组)?"
                              r"(?:本轮|此次|本次|这次|今年)?的?(?:巡视|巡察)(?:对象|范围)")
# 关于中央巡视组对集团公司专项巡视反馈意见的整改方案 / 完成省委第五巡视组对西陵市巡视反馈问题整改任务: the inspection named by
# its feedback or rectification, right after its team (its date, if any, is not the inspection's).
INSPECTION_NAMED = re.compile(rf"对(?P<targets>(?:(?!对){_CLAUSE}){{2,60}}?)的?{MODE}(?:巡视|巡察)(?=反馈意见|反馈问题|整改)")
# 县委第一巡察组关于对A、B的巡察情况汇报 / 第二巡察组组长某某汇报了对C、D的巡察(进展)情况 / 分别汇报了对A、B开展巡察“回头看”的情况: a
# meeting hears a team's report on the units it inspected (undated by the meeting: the round's period dates them).
# (汇报了对A及延伸巡察B的情况: the inspection said within the units, where they name the units it was extended to)
INSPECTION_REPORTED = skipping(re.compile(rf"(?P<lead>关于|汇报了?|报告了?)?对(?P<targets>(?:(?!对){_CLAUSE}){{2,300}}?)(?:开展|进行)?了?的?"
                                          rf"(?P<said>{MODE}(?:巡视|巡察)(?P<rev>{OPEN_QUOTE}?回头看{CLOSE_QUOTE}?)?(?:工作)?的?)?"
                                          r"(?:进展|推进)?(?:情况|工作)"
                                          r"(?:的)?(?P<heard>汇报|报告)?"))  # (听取了第一巡察组对A的巡察情况汇报: the report after it)
# 听取了市委第一巡察组关于巡察A、B情况的汇报: the same, the units after the verb.
INSPECTION_REPORTED_OF = re.compile(rf"(?P<lead>关于)(?:巡视|巡察)(?P<targets>(?:(?!对|关于){_CLAUSE}){{2,300}}?)(?:的)?(?:巡视|巡察)?"
                                    r"(?:情况|工作)(?:的)?(?P<heard>汇报|报告)")
# 公布了十九届中央第三轮巡视对45家中央单位及中管企业的巡视反馈情况: a round's inspections named by the feedback given to
# their units (the date is the publication's, not the feedback's).
ROUND_FEEDBACK_NAMED = re.compile(rf"第[一二三四五六七八九十\d]+轮(?:巡视|巡察)对(?P<targets>(?:(?!对){_CLAUSE}){{2,60}}?)的"
                                  rf"{MODE}(?:巡视|巡察)(?:反馈|整改)(?:情况|意见)"
                                  # (新华网对A、B6省和C、D6个单位的反馈情况梳理如下: the units whose feedback a digest goes through)
                                  rf"|对(?P<digested>(?:(?!对){_CLAUSE}){{2,300}}?)的(?:巡视|巡察)?反馈情况(?:进行了?)?(?:梳理|整理|汇总|盘点)")
# X方面，T(于D)(反馈时)指出 / 对于X，T指出 / X被反馈存在…问题: a unit a sentence of a feedback page opens with as its topic, told
# its findings by the team after it (_topic_told; 在X巡视反馈会上，… is FEEDBACK_MEETING_AT's).
_TOPIC_UNIT = r"[^,，。;；:：\n“”「」]{2,30}?"
# (…方面，中央第二巡视组于7月24日反馈意见，指…: the team's feedback said in the topic's clause; X（简称）则被中央第三巡视组指出… /
# 另外，X亦被T指出…)
TOPIC_TOLD = re.compile(rf"[ \t\u3000]*(?:(?P<unit>{_TOPIC_UNIT})方面[,，]|对于?(?P<unit2>{_TOPIC_UNIT})[,，])"
                        r"(?:[^,，。;；:：\n]{0,40}?(?:巡视|巡察)组[^,，。;；:：\n]{0,30}?(?:指出|认为|提出|反馈(?:意见|情况)?(?=[,，]))"
                        r"|[ \t\u3000]*反馈意见(?:提到|指出|显示))"  # (福建省方面，反馈意见提到，…: no team said)
                        r"|[ \t\u3000]*(?:(?:另外|此外|同时)[,，])?(?P<unit4>[^,，。;；:：\n“”「」]{2,30}?)(?:则|还|也|亦|同样)?被(?:[^,，。;；:：\n]{0,24}?(?:巡视|巡察)组)?"
                        r"(?:反馈(?:存在|指出)|指出)"
                        # (清华大学党委表示，6月12日中央第三巡视组反馈意见后，…: the unit's own word on its feedback, retold; 中国人民
                        # 大学通报，对6月14日中央第一巡视组反馈的问题…)
                        r"|[ \t\u3000]*(?P<unit5>[^,，。;；:：\n“”「」]{2,30}?)(?:负责人|有关负责人)?(?:表示|介绍|称|通报称?)[,，]"
                        r"(?:自|在|对)?[^,，。;；:：\n]{0,30}?(?:巡视|巡察)组[^,，。;；:：\n]{0,12}?反馈(?:(?:巡视|巡察)?(?:意见|情况))?"
                        r"(?:后|以来|的(?:问题|意见))")
SHORT_NAME_CLOSING = re.compile(r"[(（][^()（）]{1,12}[)）]$")  # A党组（A集团）: the press's short name after the unit
# 进驻A并召开动员会: 并 and a verb open the clause's next action; the units moved into end before it.
NEXT_VERB = r"并(?:召开|开展|进行|对|向|在|于|组织|听取|与)"
# 进驻X: the team moves in to inspect X (not 召开进驻动员会, a meeting); 下沉(到)X: goes down to a village or township's
# unit to inspect it (not 巡察力量下沉基层, no unit).
GOES_DOWN = r"下沉(?:到|至)?(?=[^,，。;；]{1,30}?(?:村|社区|镇|乡|街道|党支部|党总支|党委|党组)(?:[,，。;；]|开展|进行))"
ENTER = re.compile(rf"(?:进驻|入驻|{GOES_DOWN})"
                   rf"(?!(?:工作)?(?:动员|见面)(?:大会|会议|会)|以?(?:后(?!勤)|[来前])|之[后前]|期间|时|当天|当日|伊始)"  # not 进驻后, 进驻以来
                   # (but 进驻后勤管理处: the logistics office moved into)
                   # (进驻A的第十六天 / 进驻B已经第二十三天了: a diary's day of the inspection under way)
                   rf"(?P<targets>{_CLAUSE}{{2,800}}?)(?=开展|进行|展开|{NEXT_VERB}|(?:召开|举行)(?!了?[,，。;；])"
                   rf"|(?:以?后|之后|以来|期间|时)?[,，。;；]|$|{NEXT_FIELD.pattern}"  # (进驻A　进驻时间：4月17日: a line's next field)
                   r"|的第[\d一二三四五六七八九十]+天|已经?第?[\d一二三四五六七八九十]+天)"
                   rf"(?:(?:开展|进行|展开)了?{MODE}(?:巡视|巡察))?")  # (进驻A后, / 进驻B以来,: A and B; 进驻C展开…; 进驻D召开动员会)
# 另有两个巡视组分别进驻A和B / 其余3个巡察组进驻C、D: other teams the page counts, none named, as the subject of 进驻
# (not 市委4个巡察组分别进驻A、B等8个单位: the round's teams, a group the page names).
TEAMS_COUNTED_ENTER = re.compile(r"(?:另有|另外|其余|其他|其它|还有)[两二三四五六七八九十\d]+个(?:巡视|巡察)组(?:则|也|亦|还)?"
                                 r"(?:已|于[^,，。;；]{0,12}?)?(?:分别|先后|陆续|同时)?$")
# 本轮巡察第二批次将于4月上旬进驻A、B / 第三轮巡察于3月5日全面进驻A、B: a batch or a numbered round as the subject of
# 进驻, with only its time and adverbs between (本轮巡察进驻A on a page of one team is that team's).
ROUND_ENTERS = re.compile(r"(?:本轮|此轮|(?P<numbered>第[一二三四五六七八九十\d]+轮))(?:巡视|巡察)?(?P<batch>第[一二三四五六七八九十\d]+批次?)?"
                          r"(?:将|已|已经|于|在|计划|拟)*(?:\d{1,2}月(?:上旬|中旬|下旬|初|底|\d{1,2}日)?)?"
                          r"(?:分别|陆续|先后|全面|集中|正式)*")
# 进驻安平县，巡察城关镇党委、黄岭乡党委 / 进驻桃源镇，对桃源村党总支、李家村党支部…开展巡察: a place written bare, then the
# clause naming the units inspected there (or the villages or communities).
BASE_PLACE = re.compile(r"[\u4e00-\u9fff]{1,10}(?:县|区|市|旗|镇|乡|街道|苏木)")
THEN_INSPECTS = re.compile(rf"[,，]\s*(?:巡视|巡察)(?!组|办|工作|期间|时|的)(?P<targets>{_CLAUSE}{{2,400}}?)(?=[,，。;；]|$)")
VILLAGES_INSPECTED = re.compile(r"[,，]\s*(?:对|就)(?=[^。；;]{2,400}?(?:村|社区|嘎查)[^。；;、]{0,12}?(?:党组织|党支部|党总支|党委))"
                                r"[^。；;]*?(?:开展|进行)")
# 进驻A及其下属单位；B；C,组长某某: the units after ；, each a part of its own naming only a unit, go on the list.
UNIT_AFTER_SEMICOLON = re.compile(r"[ \t\u3000]*[;；][ \t\u3000]*(?P<unit>[^,，。;；:：!?！？\n]{2,30}?)[ \t\u3000]*(?=[,，。;；\n]|$)")
CLAUSE_VERB = re.compile(r"巡视|巡察|进驻|入驻|开展|进行|反馈")  # 市委第二巡察组进驻乙街道: a clause, no unit's name
# A team, or a verb of a clause (…组分别向, 某某主持该集团…), inside a "target": a clause, no unit.
TEAM_IN_TARGET = re.compile(r"(?:巡视|巡察)\s*组(?!织)|分别[向对]|主持|召开|出席")
# 进驻A、B,开展常规巡视 / 進駐A,開展巡視“回頭看”: the mode said in the clause after the units moved into.
ENTER_MODE = re.compile(rf"[,，]?(?:开展|进行)了?{MODE}(?:(?:巡视|巡察)(?P<rev>{OPEN_QUOTE}?回头看)?|{OPEN_QUOTE}?(?P<rev2>回头看))")
# What a team and the unit it inspects meet at, named after the unit (巡察X见面沟通会); the team may hold it (第三巡察组召开
# 巡察县交通局工作动员会).
TEAM_MEETINGS = "动员会|动员大会|进驻会|见面沟通会|见面会|沟通会"
TEAM_HOLDS = ("召开", "举行", "组织召开")
# In the clause of when (第三巡察组在巡察A期间 / 在巡察B时 / 在巡察C过程中): the unit it inspects.
WHILE_INSPECTING = ("期间", "时", "过程中")
# 巡察X反馈会议 / 巡视X期间 / 巡察X时 / 巡察X见面沟通会: the team's verb right after the team (巡视“回头看”X工作动员会: the
# unit after the revisit's word).
# 第一巡察组巡察市发改委党组、市财政局党组: the verb alone, its object running to the clause's end (巡视组将… is the team's
# noun, no verb).
# 省委第一巡视组巡视A、B整改进展情况 / 市委第二巡察组巡察A反馈意见整改情况: a report's title, the rectification of what
# the team found in the units; 省委第六巡视组巡视柳塘县反馈问题整改 / …反馈意见整改落实: a work report's, the feedback's
# rectification named.
RECTIFICATION_OF = r"(?:反馈(?:意见|问题)的?整改(?:进展|落实|工作|任务)?(?:情况|报告)?|整改(?:进展|落实|工作)?(?:情况|报告))"
# 省委第八巡视组关于巡视A的公告 / 市委第二巡察组关于巡察B工作的通告: the team's notice to the unit it is inspecting.
TEAM_NOTICE = r"的(?:公告|通告)"
TEAM_VERB = re.compile(rf"(?P<kind>巡视|巡察)(?!组(?!织))(?:[“\"「『]?回头看[”\"」』]?)?(?:(?P<done>了)(?P<targets2>{_CLAUSE}{{2,400}}?)(?=[,，。;；]|$)|"
                       rf"(?P<targets>{_CLAUSE}{{2,60}}?)(?:情况|工作)?"
                       rf"(?P<what>反馈会|反馈大会|反馈意见会|期间|过程中|时|(?:之|以)?后(?=[,，])|{TEAM_MEETINGS}|{RECTIFICATION_OF}|{TEAM_NOTICE})|"  # (巡察A反馈意见会在…召开; 巡视A后,于…反馈)
                       rf"(?!的|反馈|情况|工作|动员|进驻|期间|对象|单位)(?P<targets3>(?:(?!情况|(?:巡视|巡察)组)(?:[,，]以及|{_CLAUSE})){{2,400}}?)"
                       r"(?:的?(?:工作)?情况的?(?:汇报|报告)(?=[,，。;；\n]|$)|(?:的?(?:工作)?情况)?(?=(?![,，]以及)[,，。;；\n]|……|$"
                       r"|、[^、,，。;；\n]{0,12}?(?:巡视|巡察)[一二三四五六七八九十\d]*组"
                       rf"|{NEXT_FIELD.pattern})))")  # not 巡察反馈会 (…A、B,以及C、D: one list;
# …A、B……: a list the page cuts short with an ellipsis; 其中T1巡察A、T2巡察B: the next team's clause after a 、; T　巡视A　值班电话：…:
# a row's next field)
# (听取了区委第一巡察组巡察A、B情况，区委第二巡察组巡察C情况的汇报: the units a team's report was on, 情况 closing them)
# 县委第一巡察组巡察梅溪镇所辖:A村、B社区;: the units under a place, listed after its colon (the place not inspected).
TEAM_VERB_UNDER = re.compile(rf"(?:巡视|巡察)(?:{_CLAUSE}{{2,16}}?)(?:所辖|下辖)(?:的)?(?:村|社区|村[(（]社区[)）]|村居|嘎查)?"
                             rf"(?:党组织)?[:：][ \t\u3000]*(?P<targets>[^。;；:：\n]{{2,400}}?)(?=[。;；\n]|$)")
# 市委第三巡视组在市教委发现，… / 在成都大学巡察中发现…: after a team, the unit where it found what follows (not 在对A巡察时,
# 在巡察B期间: the clause of when, read with the team's verb).
FOUND_AT_UNIT = re.compile(r"在(?!开展|进驻)(?P<unit>(?:(?!对|巡视|巡察)[^,，。;；:：、\s]){2,30}?)(?:巡视|巡察)?(?:中|期间|时)?(?:还|也|共)?发现")
# 同组 / 该组 / 这个巡察组 / 该巡视组 as a clause's subject: the team named last before it (within ANAPHOR_REACH
# characters), in this paragraph or one before (8月21日,该组又先后向A、B反馈了巡察情况).
TEAM_ANAPHOR = re.compile(r"(?:该|同|此|这个|这一)(?:巡视|巡察)?组(?![长员])")
ANAPHOR_REACH = 3000
# 巡察A、B、C。 opening a sentence after the team that opens its paragraph (第一组:县委第一巡察组(组长:某某)。巡察A、B).
# 一、县发展和改革局党组:由县委第一巡察组于3月11日至4月30日进行巡察,5月28日反馈。: a unit's section in a round's report,
# the unit before its colon, then the team that inspected it (UNIT_SECTION_AFTER) and, perhaps, the day it fed back.
UNIT_SECTION = re.compile(r"[ \t\u3000]*(?:\d{1,3}[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])?"
                          r"[ \t\u3000]*(?P<unit>[^\s,，。;；:：、()（）]{2,40})[ \t\u3000]*(?P<note>[(（][^()（）\n]{1,12}[)）])?"
                          r"[ \t\u3000]*[:：][ \t\u3000]*由?")
# (甲盟委:由自治区党委第一巡视组负责,组长:某某: the team assigned it, its leader after)
UNIT_SECTION_AFTER = re.compile(rf"[^,，。;；]{{0,30}}?(?:(?:进行|开展)?了?{MODE}(?:巡视|巡察)|负责)(?=[,，。;；]|$)")
SECTION_LABEL = re.compile(r"[ \t\u3000]*(?:第[一二三四五六七八九十\d]+组|机动组|[一二三四五六七八九十]{1,3}|\d{1,2}"
                           r"|[(（][一二三四五六七八九十\d]{1,3}[)）])?[、.．:：]?[ \t\u3000]*")  # 第一组： / 一、 / （二）
# 省委第一巡视组巡视临澄市,同步巡视临澄市所辖澄东区、白沙坪县 / …对甲市进行了常规巡视,同步巡视了甲市所辖A区: a clause
# after the team's own that inspects more units with the verb alone (同步 / 同时 / 并 / 还), the team its subject still;
# 并延伸巡察(至)甲镇乙村党支部 / 巡察期间,巡察组还延伸巡察了A、B: the inspection extended to a unit under the one inspected;
# 同步下沉到A支行、B支行 / 同步下沉巡察A县委、B区委: gone down to units under those; 同时兼顾C: a second unit of its own;
# 在巡察A期间，将同步延伸巡察B、C: the extension the team makes while it inspects.
ALSO_INSPECTED = re.compile(rf"[,，][ \t\u3000]*(?:[^,，。;；\n]{{0,24}}?(?:巡视|巡察)[一二三四五六七八九十\d]*组)?(?:(?:将?(?:同步|同时|并|还|一并)+(?:分别)?延伸|(?:同步|同时|并|还|一并|将)+|延伸)(?:巡视|巡察)了?"
                            rf"(?:至|到)?|(?:同步|同时|并|还|一并)+(?:下沉(?:到|至|巡视|巡察)|兼顾(?:巡视|巡察)?))(?!组|办|工作|期间|情况|反馈|的)"
                            rf"(?P<targets>{_CLAUSE}{{2,400}}?)(?=[,，。;；:：\n]|$)")  # (…党组织：A、B: _named_after_count)
# (同步延伸巡察了12个贫困村 / 市内4家国有粮库: the units counted, where the page names none of them; not 将巡视26家中管企业,
# 包括A、B: the units a round is to inspect, which it names after)
EXTENDED_COUNT = re.compile(rf"(?:[省市州县区旗镇乡]内|辖区内?|所辖|下辖)?{UNIT_COUNT}[\u4e00-\u9fff（()）]{{1,16}}")
# 延伸巡视A、B。 opening a sentence with no subject: the team named before it in its paragraph extends to them.
EXTENDED_OPENING = re.compile(rf"[ \t\u3000]*(?:同时|并|还|同步|另)?延伸(?:巡视|巡察)了?(?:至|到)?(?!组|办|工作|期间|情况|反馈|的)"
                              rf"(?P<targets>{_CLAUSE}{{2,400}}?)(?=[,，。;；\n]|$)")
# … or inside a clause after its adverb (本轮巡察将延伸巡察A / 并告知同步延伸巡察B).
EXTENDED_IN_CLAUSE = re.compile(rf"(?:同时|同步|将)延伸(?:巡视|巡察)了?(?:至|到)?(?!组|办|工作|期间|情况|反馈|的)"
                                rf"(?P<targets>{_CLAUSE}{{2,200}}?)(?=[,，。;；\n]|$)")
SUBJECT_LESS_VERB = re.compile(rf"[ \t\u3000]*(?:巡视|巡察)(?!的|反馈|情况|工作|动员|进驻|期间|组|办|对象|单位|时间)"
                               rf"(?P<targets3>{_CLAUSE}{{2,400}}?)(?=[,，。;；\n]|$)")
# …，巡察了A、B等14个部门党组织: a clause of inspected units after the clause of who inspected (a committee, a round).
ROUGH_COUNT = re.compile(rf"[\d一二三四五六七八九十两百千]+(?:多|余)(?:{UNIT_COUNTERS})")  # (300多个党组织: no count of units)
CLAUSE_INSPECTED = re.compile(rf"[,，](?:先后|共|还|累计|分别|相继)?(?:巡视|巡察)了(?!的|反馈|情况|工作|解)"
                              rf"(?P<targets>{_CLAUSE}{{2,400}}?)(?=[,，。;；\n]|$)")
# 第一巡察组(组长:张某)巡察A、B / 第二巡視組（組長李某、副組長王某）巡視C / 第三巡察组:组长张某,巡察D / 中央第二巡视组组长
# 张某,副组长王某,巡视E: the team's leaders between the team and its verb (each leader a post and a name, where no
# bracket or colon sets them apart).
_LEADER_NAME = r"[\u4e00-\u9fff]{1,4}(?:·[\u4e00-\u9fff]{1,6})?(?:同志)?"
# (副组长周某、沈某: two deputies; 组长宁某（集团安全监督部总经理）: a post in brackets after the name)
_LEADER_NOTED = rf"{_LEADER_NAME}(?:[(（][^()（）\n]{{1,30}}[)）])?"
TEAM_LEADER = rf"(?:副?组长|组员)[:：]?[ \t\u3000]*{_LEADER_NOTED}(?:、{_LEADER_NOTED})*"
# 区委第一巡察组组长王某、第二巡察组组长陈某分别向A、B反馈: each team of a list with its leader after it.
LEADER_THEN_JOINER = re.compile(rf"[(（]?副?组长[:：]?{_LEADER_NAME}[)）]?(?:{'|'.join(TEAM_JOINERS)})")
TEAM_LEADERS = re.compile(r"[ \t\u3000]*(?:[(（][ \t\u3000]*(?:副?组长|组员)[^()（）\n]{1,40}[)）]"
                          rf"|[:：,，]?[ \t\u3000]*{TEAM_LEADER}(?:[,，、][ \t\u3000]*{TEAM_LEADER})*[,，]"  # (T，组长：X，巡视A)
                          r"|[:：][ \t\u3000]*副?组长[:：]?[^,，。;；:：\n]{1,20}[,，]"
                          # (程光辉任县委第一巡察组组长，汤雪梅任副组长，巡察A: the leader appointed before the team)
                          rf"|组长[,，][ \t\u3000]*(?:{_LEADER_NAME}任副组长[,，][ \t\u3000]*)*"
                          # (T由赵某任组长，巡察A / T组长由委机关纪委书记范某担任，巡察B: who leads it, then its verb)
                          rf"|由{_LEADER_NAME}(?:任|担任)组长[,，]|组长由[^,，。;；:：\n]{{1,40}}?担任[,，])[ \t\u3000]*")
# Between a team and its verb: one team for two or three units at once (中央第一巡视组以“一托二”方式巡视A、B; 采取“一托三”
# 的方式,分别巡视; 市委第四巡察组(一托二)巡察), the colon of a round's list (中央第四巡视组:巡视A、B), or the inspection's kind.
TEAM_MANNER = re.compile(rf"[ \t\u3000]*(?:[:：]|(?:则|也|还|又)?(?:以|采取|采用|按照|按)?{OPEN_QUOTE}?一[托拖][二三四五两2-5]{CLOSE_QUOTE}?的?"
                         rf"(?:方式|形式|模式)?[,，]?|[(（]一[托拖][二三四五两2-5][)）]"
                         # (市委第一交叉巡察组(由安平县抽调组成)巡察A: where its members come from, in brackets)
                         r"|[(（](?:由|从)[^()（）\n]{1,20}[)）]"
                         # (市委第一巡察组提级巡察甲镇党委 / 东溪县委第一巡察组交叉巡察乙局党组 / 联动巡察: the kind of inspection, before
                         # its verb)
                         rf"|{OPEN_QUOTE}?(?:提级|交叉|专项|机动|延伸|上下联动|联动)式?{CLOSE_QUOTE}?(?=巡视|巡察))[ \t\u3000]*")
# 省委第一巡视组巡视的A、B,反馈问题… / 第三巡视组反馈的C表示…: the units a team inspected, named after it as the
# subject of a round-up's clause; the list ends before the clause's verb.
# (所巡视的A和B / 巡视的:A、B / 巡视的是A和B / 巡察的单位为A、B)
UNITS_OF_TEAM = re.compile(rf"所?(?:巡视|巡察|反馈)的(?:(?:单位|党组织|对象)?(?:分别)?(?:是|为))?[:：]?(?P<targets>{_CLAUSE}{{2,400}}?)"
                           r"(?=[,，。;；:：\n]|$|分别|表示|公布|均|也于|(?:也|亦)(?:已|先后|陆续)?(?:公布|公开)|已经?整改|整改|正在|在报告"
                           r"|在通报|在其|则称|通报(?:说|称|中))")
# 第一巡察组(组长孙立平) / 省委第五巡视组组长何振宇 / 第二巡察组(组长:钟敏): a team's leader, named after it; then
# 孙立平带队的巡察组 / 孙立平率领的巡视组 / 孙立平组 / 高远、陆一鸣带队的巡察组: the teams they lead (_teams_by_leader).
LEADER_BEFORE = re.compile(r"[(（]?组长[:：]?[ \t\u3000]*$")
LED_TEAM_AFTER = re.compile(r"(?:同志)?(?:带队|率领|领队|任组长)的(?P<team>(?:巡视|巡察)(?:工作)?组)|(?P<own>组)(?![长织成建员])")
# 第一批(12月9日):A、B、C; a batch of units fed back on its day, a line of a list under its lead.
BATCH_LINE = re.compile(r"^[ \t\u3000]*第[一二三四五六七八九十\d]{1,3}批[ \t\u3000]*[(（](?P<date>(?:\d{4}年)?\d{1,2}月\d{1,2}日)[)）]"
                        r"[:：][ \t\u3000]*(?P<units>[^\n:：]{2,400}?)[;；。]?[ \t\u3000]*$", re.M)
# How an item of a list under a team's heading opens: its day (5月10日 / 2023年5月10日上午) or its number (1. / （2）).
# (● 6月22日，向A反馈: a bulleted day)
ITEM_OPENING = re.compile(rf"[ \t\u3000]*(?:{BULLET.pattern}[ \t\u3000]*)?"
                          r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,3}[.．、]|[(（]\d{1,3}[)）])")
ITEMS_UNDER_HEAD = 12  # how many items above a paragraph the heading of their list may stand
# The cells after a team's on a line of a table whose header the page lost (| 省委第一巡视组 | 甲市委、乙县委 |), or of a
# list that parts them by slashes (省委第一巡视组/甲市委/乙县委).
CELL_BARS = "|｜/／"
TEAM_CELLS = re.compile(r"[ \t\u3000]*[|｜/／][ \t\u3000]*(?P<cells>[^|｜/／\n][^\n]{1,400}?)[ \t\u3000|｜]*$", re.M)
# A count of the units listed under a heading, in brackets after it (县委第一巡察组（9个）, 被巡察单位名单⏎（共15个）), perhaps
# with their place and kind (县委第五巡察组（石桥镇13个村（社区））).
UNITS_COUNT_NOTE = re.compile(rf"[ \t\u3000]*[(（]共?(?:[\u4e00-\u9fff]{{1,10}}?{PLACE_END}[,，、]?)?" + UNIT_COUNT
                              + r"(?:[\u4e00-\u9fff]{1,6}?(?:[(（](?:社区|居)[)）])?(?:党组织)?)?[)）]")
# … after what the team's lines are (市委第一巡察组巡察对象（六个）).
LABELLED_UNITS_COUNT = re.compile(r"[ \t\u3000]*(?:巡视|巡察)的?(?:单位|对象|党组织)" + UNITS_COUNT_NOTE.pattern)
# 11月19日:第一组向A反馈;第二组向B反馈 / 5月7日,分别向A、B反馈;: a line of a list by day.
# (📍10月16日｜县委第一巡察组 → A: a WeChat post's bullet before the day, a bar after it)
DAY_LINE = re.compile(rf"[ \t\u3000]*(?:{BULLET.pattern}|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳][ \t\u3000]*)?(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日"
                      rf"{WEEKDAY_NOTE}?"
                      r"(?:(?:上午|下午)[,，]?|[ \t\u3000]*[:：,，]|[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]+)")  # (🔸8月7日  向A反馈 / ①　9月11日　T　A)
# 省委第一巡视组(巡视甲市)、省委第二巡视组(巡视乙集团): the units a team inspects, in brackets after it.
BRACKETED_UNITS = re.compile(r"[ \t\u3000]*[(（][ \t\u3000]*(?:巡视|巡察|进驻|负责(?:巡视|巡察)?|(?:巡视|巡察)对象[:：]|被(?:巡视|巡察)"
                             r"(?:单位|党组织)[:：])[ \t\u3000]*(?P<targets>[^()（）\n]{2,120}?)[ \t\u3000]*[)）]")
# 省委第一巡视组（甲市、乙县、丙县）alone on its line: the units in brackets, without a verb, where they close the line
# (or only its contacts follow: 市委第一巡视组（上海理工大学）　联系电话：…　邮政信箱：…).
BRACKETED_UNITS_CLOSING = re.compile(r"[ \t\u3000]*[(（][ \t\u3000]*(?P<targets>[^()（）\n]{2,160}?)[ \t\u3000]*[)）]"
                                     r"(?:[ \t\u3000]+(?:联系|值班|举报|监督)?(?:电话|信箱|邮箱|邮政信箱)[:：][^\n]*)?"
                                     r"[ \t\u3000]*[;；。]?[ \t\u3000]*$", re.M)
# 甲局党组(第四组)、乙局党组(第四组)、丙、丁两个镇党委(第六组,提级巡察): a unit and, in brackets, the team that inspects it,
# in a list. The unit runs back to the list's separator before it, or over 、 to the last bracket's close
# where it ends in a count of a kind (丙、丁两个镇党委: the places share it).
UNIT_BEFORE_BRACKET = re.compile(r"(?:[^,，;；:：。\n()（）]|[(（][^()（）\n组]{1,8}[)）]){2,80}$")  # (所辖村(社区)党组织(第三组))
TEAM_BRACKET_CLOSE = re.compile(r"(?P<note>(?:[,，、][^()（）\n]{1,16}|(?P<verb>反馈|进驻))?)[ \t\u3000]*[)）]"
                                r"(?=[ \t\u3000]*(?:[、,，;；。:：]|$|(?:反馈|开展|进行)))", re.M)  # (…C(第四组)反馈了巡察情况)
# 陈埭镇党委（4月15日，市委第一巡察组反馈）: the bracket opening with the day, the team's verb closing it.
DATED_BRACKET_OPEN = re.compile(rf"[(（][ \t\u3000]*(?P<date>{WRITTEN_DAY})[ \t\u3000]*[,，、]?[ \t\u3000]*$")
DATED_BRACKET_REACH = 20
# 省委第四巡视组负责A、B和C / 中央第八巡视组负责：A；B；C / 中央第一巡视组负责： over lines of one unit each: the units a
# team is assigned in a round's list (负责同志, 负责人, 负责对X… are no such list); 县委第一巡察组负责经济板块，巡察A、B: the
# sector of units a round gives a team (板块轮动), then the units.
RESPONSIBLE = re.compile(r"[ \t\u3000]*负责(?:[\u4e00-\u9fff]{1,10}?(?:板块|片区|领域|战线)[,，]?[ \t\u3000]*(?=巡视|巡察))?"
                         r"(?:巡视|巡察)?(?P<colon>[:：])?(?!同志|人|对|[\u4e00-\u9fff]{0,4}工作|[,，。;；])")  # (…负责,组长: no units)
# 巡视期间为9月4日至11月4日 / 巡察时间:3月1日至4月30日: the inspection's period, stated after it.
PERIOD_STATED = re.compile(r"(?:巡视|巡察)(?:期间|时间)(?:为|是|[:：])?\s*")
PERIOD_REACH = 40  # how far after the targets the period is looked for, and how far after 期间为 its dates
# 其中, / 具体来说, opening a sentence that details the one before it (its subject that one's).
OPENS_WITH_DETAIL = re.compile(r"[ \t\u3000]*(?:其中|具体(?:来说|而言|来看)|随后|此后|之后|然后)[,，]")
# 在向X反馈时, / 向X反馈期间,: a clause of when, whose subject is the team opening the clause after it.
WHILE_CLAUSE = re.compile(r"(?:时|之时|期间|过程中)[,，]\s*")
WHILE_REACH = 24  # a team's name is at most this long
# How a feedback was given, written before 反馈: 分别反馈, 集中反馈, 现场反馈, 一并反馈, 进行了“一对一”反馈, 也分别反馈 (T2向B也分别
# 反馈了巡视情况: the press's adverb first).
FEEDBACK_MANNER = (rf"(?:也|亦|均|都)?(?:共|共计|累计|合计|分别|集中|一并|同步|统一|当面|个别|专题|现场|视频|书面|逐一|一一|正式"
                   rf"|{OPEN_QUOTE}?(?:一对一|点对点|面对面){CLOSE_QUOTE}?)?")
# What stands between a feedback's target and 反馈: 向X(进行了巡察情况)(集中)反馈.
# (the inspection may be a follow-up round: 进行巡察“回头看”反馈)
REVISIT = rf"(?:{OPEN_QUOTE}?回头看{CLOSE_QUOTE}?)?"
# (not what a unit reports back: 向巡视组反馈整改进展 / 反馈办理结果; 交办了巡察反馈意见: the findings handed over)
# (T1向A、B，T2向C、D，分别反馈了巡察情况: a comma before the 分别 the pairs share)
FEEDBACK_VERB = (rf"(?:(?:(?:进行|作|做|交办)?了?(?:巡视|巡察)?{REVISIT}(?:意见|情况)?)(?:[,，](?=分别))?{FEEDBACK_MANNER}反馈"
                 r"(?!了?(?:整改|落实|办理|核查|处理|调查|结果))"
                 # 向A、B集中通报巡察情况: the findings told to the units, a feedback in other words
                 rf"|{FEEDBACK_MANNER}通报(?=了?(?:巡视|巡察)(?:工作)?(?:情况|意见)))")
TOLD_FINDINGS = re.compile(r"通报了?(?:巡视|巡察)(?:工作)?(?:情况|意见)")  # (a sentence with no 反馈 that states one)
# 向X反馈 / 分别向X、Y反馈 / 向X进行巡察情况反馈 / 到X反馈.
# (二组向A、三组向B反馈: a team's 向 opens the next pair, within no list of units; what may not stand before 到 is read
# behind it, so that each alternative opens with a literal, which the engine skips through the text to)
# (向豫反馈 两下沉市同步反馈: a one-character short name before 反馈 is no unit, nor runs on to the next 反馈)
FEEDBACK_TO = re.compile(rf"(?:向[:：]?|到(?<![收接得截达]到)|赴)(?P<targets>(?:(?!(?<=组)向|反馈){_CLAUSE}){{2,400}}?){FEEDBACK_VERB}")  # 到X反馈: gone there to
# …；市委第六巡察组向A、B, where the page is cut before the verb: a clause of a sentence of feedbacks (；-parted) that names
# its units (read only where the sentence runs to the page's end and FEEDBACK_TO read the clauses before it).
FEEDBACK_TO_CUT = re.compile(rf"(?<![收接得截达])向(?P<targets>(?:(?!反馈|通报){_CLAUSE}){{2,400}}?)$")
# X接受Y巡察反馈 / X接受了巡视组的反馈意见: the unit fed back to as the subject (ACCEPT for the inspection it received).
# 省委第五巡视组进驻期间巡视的A、B接受反馈: the words after a team before the units it inspected, who accept its feedback.
INSPECTED_THE = re.compile(r"(?:进驻期间|此次|本轮)?所?(?:巡视|巡察)的")
# (a round's ten provinces and their ten teams, 北京市、天津市…分别接受中央第十、第五…第八巡视组反馈: lists of up to 200 and 80)
FEEDBACK_ACCEPTED = re.compile(rf"(?P<targets>{_CLAUSE}{{2,200}}?){ACCEPT_WHEN}?接受了?(?:{_CLAUSE}{{0,80}}?(?:巡视|巡察)组?的?)?"
                               r"(?:巡视|巡察)?(?:情况|意见)?反馈(?:意见)?")
# 市委第一巡察组反馈了A、B、C 5个单位: the team's feedback with its units as the object, right after the team (not 反馈了巡察
# 情况, 反馈了A、B等问题: what was fed back).
TEAM_FED_BACK_UNITS = re.compile(rf"[ \t\u3000]*(?:分别|先后|陆续|则|还)?反馈了(?!(?:巡视|巡察|意见|情况|问题|发现|存在|整改|对|其|该|了))"
                                 rf"(?P<targets>(?:(?!问题|情况|意见){_CLAUSE}){{2,300}}?)(?=[;；。]|$)")
# X巡视组(则)向Y指出 / T组长某某，从…等方面，对Y提出一系列问题: a team (or its leader) telling a unit what it found (the
# press's way of a feedback).
TOLD_BY_TEAM = re.compile(rf"(?:向|(?<![针核相面应])对(?!照|标|比))(?P<targets>(?:(?!反馈|通报){_CLAUSE}){{2,40}}?)"
                          rf"(?:指出[,，:：]|提出了?{_CLAUSE}{{0,16}}?问题)")  # (not 向A反馈时指出: FEEDBACK_TO's)
TOLD_BY_TEAM_BETWEEN = re.compile(r"(?:副?组长[\u4e00-\u9fff]{2,4}?(?:同志)?)?[,，]?(?:从[^。;；\n]{2,80}?方面[,，]?)?"
                                  r"[则还也同时 ]*")  # what may stand between the team and its 向 / 对
# 【中国石油】中央第一巡视组指出，中国石油党组A；B (or 同时指出: a page of feedback): the team tells the unit it names first, by its
# party body or committee, its findings, a feedback given (the unit's problems after it; not 集团党组, a unit's short
# reference; 和 inside a name, 州教育和体育局党组, not before another body: 省委和省政府).
TEAM_POINTS_AT = re.compile(r"(?:[则还也亦]|同时)?指出[,，:：]?(?!集团|公司|学校|医院|该|本|我|被|各)"
                            r"(?P<targets>(?:(?![,，。;；:：、\s在对的与及将要]|和(?=[省市州县区旗]|中国|国家))[\u4e00-\u9fff（）()]){2,30}?"
                            r"(?:党组|党委|党工委|省委|市委|县委|区委|州委|旗委|盟委))(?=[^,，。;；:：]{4})")
# T向A反馈巡察情况，并对B、C（社区）党组织巡察情况一并进行反馈 / 对D的巡察情况同时反馈: the units whose inspection's findings
# the team of the sentence fed back as well, after 对 (an adverb of addition or a verb of doing before 反馈).
FEEDBACK_ON_UNITS = re.compile(rf"对(?P<targets>(?:(?!对|反馈|向){_CLAUSE}){{2,120}}?)的?(?:巡视|巡察)(?:工作)?的?情况"
                               r"(?:一并|同时|同步|也)(?:进行了?|作了?)?反馈(?!会|意见的?整改)")
# 巡视组同时反馈了对A、B的延伸巡视情况 / 并反馈了C县委延伸巡视情况 / 并通报了对A、B延伸巡视的情况: the units an inspection
# was extended to, fed back to by the team of the sentence.
FEEDBACK_EXTENDED = re.compile(rf"(?:反馈|通报)了?对?(?P<targets>(?:(?!反馈|通报|向){_CLAUSE}){{2,120}}?)的?延伸(?:巡视|巡察)的?"
                               r"(?:情况|意见)")
# 中央第一巡视组的反馈对象是甲省委 / 省委第五巡视组的反馈对象为A和B: the units a team fed back to, named after it.
# 中央第九巡视组6月4日对A的反馈 / 中央第五巡视组在对B的反馈中提到 / 省委第一巡视组对C的反馈意见指出: a team's feedback to the
# units after 对, as a noun (after the team and its date; not 对A的反馈意见的整改, a rectification of it).
COMPLETED = re.compile(r"(?:已经?|均已|已全部|全部)?(?:完成|结束)?了?")  # T已完成对A、B的巡察反馈: the team's feedback, done
FEEDBACK_OF = re.compile(rf"在?对(?P<targets>(?:(?!对){_CLAUSE}){{2,60}}?)(?:{MODE}(?:巡视|巡察))?的(?:巡视|巡察)?(?:情况)?反馈"
                         r"(?!会|意见的?整改|意见整改)")  # (对26家中管央企专项巡视的反馈情况: the units, not the mode)
# (县委第二巡察组反馈的单位和日期为：A（10月18日）、B（10月19日）: each unit's day in brackets after it; FEEDBACK_OBJECT_WORDS
# the words a sentence must hold for it)
FEEDBACK_OBJECT_WORDS = ("反馈对象", "反馈的对象", "反馈单位", "反馈的单位", "反馈党组织", "反馈的党组织")
FEEDBACK_OBJECT = re.compile(rf"的?(?:巡视|巡察)?反馈的?(?:对象|单位|党组织)(?:[和及](?:日期|时间))?(?:是|为|包括)[:：]?"
                             rf"(?P<targets>{_CLAUSE}{{2,200}}?)(?=[,，。;；\n]|$)")
FEEDBACK_TO_IT = re.compile(rf"向其{FEEDBACK_VERB}")  # 向其反馈巡察情况 (one character: no FEEDBACK_TO target)
# 分别向A、B镇党委,C、D局党组反馈: a target list that runs over commas, each part of it a list of units.
FEEDBACK_TO_PARTS = re.compile(rf"向(?P<targets>(?:(?!向)[^。;；:：!?！？\n]){{2,800}}?){FEEDBACK_VERB}")
# 向该局(领导班子)反馈 / 向该镇党委反馈 (and 向其反馈: FEEDBACK_TO_IT): the unit said before, whose inspection the paragraph
# tells (linked there); 向本行党委 / 向我局党组 in a unit's own report: itself, the unit inspected.
ANAPHORIC_TARGET = re.compile(r"(?:其|该[市县区](?=$|[^\u4e00-\u9fff]|反馈)|(?:该|本|我)(?:局|委|办|院|校|所|中心|单位|公司|集团|镇|乡|街道|村|社区|部|厅|行|馆|站|队|党组织)"
                              r"(?:党组|党委|党工委|党支部|党总支)?)(?:主要负责同志|主要负责人|领导班子成员|领导班子|班子成员|主要领导)?")
# 巡视组组长向集团公司党组书记、董事长X反馈 / 向公司党委主要负责同志反馈: a company by its kind alone, the one its paragraph
# fed back to or inspected before (a page of several companies' feedback writes each so; on a company's own page,
# 向集团党委反馈 with no company so named before in its paragraph is the page's company, as written).
KIND_REFERENCE = re.compile(r"(?:集团公司|集团|总公司|公司)(?:党组|党委)")
TO_THE_UNIT_SAID = re.compile(rf"向(?:{ANAPHORIC_TARGET.pattern})")  # a sentence that feeds back to the unit said before
# 对X进行巡察反馈 / 反馈巡察X情况: the feedback's target written after 对 or after the inspection word
# (not 反馈了巡察情况, whose 情况 ends the phrase); 对X反馈巡察意见 / 反馈(对)X巡察情况: 反馈 before what is fed back, the
# target after 对 or before the inspection word; 就巡察X发现的问题进行了反馈 / 将巡察X的情况向…反馈: the target inside
# what is fed back; 将巡察发现的问题反馈给X: the target after 给. (The last four need a unit's name: ORG_END.)
FEEDBACK_ON = skipping(re.compile(rf"对(?P<targets>(?:(?!对){_CLAUSE}){{2,60}}?)(?:一并|一同|一起|同步)?(?:进行|开展|作)了?(?:巡视|巡察)?{REVISIT}(?:意见|情况)?"
                                  rf"{FEEDBACK_MANNER}反馈|"
                                  rf"反馈了?(?:巡视|巡察)(?!情况|意见)(?P<targets2>{_CLAUSE}{{2,60}}?)的?(?:情况|意见)|"
                                  rf"对(?P<targets3>(?:(?!对){_CLAUSE}){{2,60}}?){FEEDBACK_MANNER}反馈了?(?:巡视|巡察){REVISIT}"
                                  r"(?:意见|情况|发现的?问题)|"
                                  rf"反馈了?对?(?P<targets4>(?:(?!巡视|巡察|对){_CLAUSE}){{2,60}}?)的?(?:巡视|巡察){REVISIT}(?:情况|意见)|"
                                  rf"(?:就|将|把)(?:巡视|巡察)(?![组办]|工作|发现)(?P<targets5>{_CLAUSE}{{2,60}}?)的?(?:发现|存在)?的?"
                                  rf"(?:问题|情况|意见){_CLAUSE}{{0,30}}?(?:进行|作)?了?{FEEDBACK_MANNER}反馈|"
                                  rf"(?:巡视|巡察)[^,，。;；:：]{{0,12}}?反馈给(?P<targets6>{_CLAUSE}{{2,60}}?)(?=[,，。;；]|并|$)"))
FEEDBACK_ON_GROUPS = ("targets", "targets2", "targets3", "targets4", "targets5", "targets6")
# 中央第一巡视组向甲省委，中央第二巡视组向乙省委…分别反馈 (对甲省…开展巡视): what follows a team in a clause
# before the last team's.
# (听取了A组关于对甲、B组关于对乙开展巡察情况的汇报 / A组关于巡察甲、B组关于巡察乙情况的汇报: 关于 before 对, or its verb)
TEAM_PAIR = re.compile(rf"[ \t\u3000]*(?:分别)?(?:关于(?:对|巡视|巡察)|[向对])(?P<targets>{_CLAUSE}{{2,60}}?)[ \t\u3000]*")  # (T1分别向A、B，T2分别向C反馈)
PAIR_SEPARATORS = "，,、；;"
OWN_VERB = re.compile(r"巡视|巡察|反馈|进驻")  # what a pair's units never hold
# (6月13日　二组向A、三组向B: the first pair after the entry's date; 听取了一组对A、二组对B的…汇报: after the verb's 了;
# 由一组对A、二组对B开展专项巡察: after the 由 that makes the teams the agents)
PAIR_OPENERS = PAIR_SEPARATORS + " \t\u3000了由:："  # (…两轮巡察：T1对A、T2对B开展常规巡察: after a lead's colon)
# 市委第一巡察组巡察的A党组：反馈问题15个 / 2024年6月20日反馈问题14个: a round's assessment, unit by unit, counts the
# problems each was given in its feedback.
UNIT_FEEDBACK_COUNTED = re.compile(rf"(?:巡视|巡察)的(?P<targets>{_CLAUSE}{{2,80}}?)(?P<colon>[:：])[ \t\u3000]*(?:[\d年月日]{{4,12}})?"
                                   r"(?:共|共计)?(?:反馈|指出)了?[^,，。;；]{0,12}?问题")
# 对A、B,对C,由X(分别)带队进行现场反馈: the targets, then who led the feedback to them.
FEEDBACK_LED = re.compile(rf"对(?P<targets>(?:(?!对)[^。;；:：!?！？\n]){{2,120}}?(?:[,，]对(?:(?!对)[^。;；:：!?！？\n]){{2,120}}?){{0,3}})"
                          rf"[,，]由[^。;；\n]{{1,60}}?带队(?:进行|作|开展)了?{FEEDBACK_MANNER}反馈")
# X巡察Y情况反馈会 / 学院党委巡察Y意见反馈会召开: the meeting named after its target (not after 巡察组, 巡察办 …).
# (…情况反馈暨整改动员部署会: a feedback meeting that also opens the rectification)
FEEDBACK_MEETING_NAME = r"反馈(?:意见)?(?:暨[\u4e00-\u9fff]{2,10}?)?(?:会议|大会|会)"  # (巡察A反馈意见会)
FEEDBACK_MEETING = re.compile(rf"(?:巡视|巡察)(?![组办]|工作|领导)(?P<targets>{_CLAUSE}{{2,60}}?)(?:情况|意见|工作)?"
                              rf"{FEEDBACK_MEETING_NAME}")
# 完成省委第六巡视组巡视柳塘县反馈问题整改 / 市委第二巡察组巡察市统计局反馈意见整改落实: the feedback the unit was given, named
# by its rectification right after the team (a work report's words).
FEEDBACK_RECTIFIED = re.compile(rf"(?:巡视|巡察)(?![组办]|工作|领导|反馈)(?P<targets>{_CLAUSE}{{2,60}}?)反馈(?:意见|问题)的?整改")
# X对Y巡察情况反馈会议召开 / 對Y的專項巡察反饋會: the meeting named after its target written after 对.
FEEDBACK_MEETING_ON = re.compile(rf"对(?P<targets>(?:(?!对){_CLAUSE}){{2,60}}?)的?{MODE}(?:巡视|巡察){REVISIT}"
                                 rf"(?:情况|意见|工作)?{FEEDBACK_MEETING_NAME}")
# 在县司法局巡察“回头看”反馈会上,组长某某通报了… / 当天下午,在县信访局反馈会上,…: the meeting the clause is at, named
# after the unit fed back to (the team the clause names delivered it).
FEEDBACK_MEETING_AT = re.compile(rf"在(?P<targets>(?:(?!在){_CLAUSE}){{2,40}}?){MODE}(?:巡视|巡察)?{REVISIT}(?:情况|意见|工作)?"
                                 r"反馈(?:会议|大会|会)(?:上|中)")
# 巡察反馈会在区市场监管局召开 / 反饋會議於縣林業局舉行: the feedback meeting held at the unit fed back to (not at a room or
# hall: VENUE; not at 该局, the unit said before).
# (12日上午，反馈会首先在原隆村召开 / 22日上午首站反馈在余村进行: a round of meetings, the day of one unit's, after the
# team's statement within MEETING_TEAM_REACH characters)
FEEDBACK_MEETING_HELD_AT = re.compile(rf"(?:(?:巡视|巡察){REVISIT}(?:情况|意见|工作)?反馈(?:会议|大会|会)"
                                      rf"|(?<![^\s,，。;；午天日])(?:反馈(?:会议|会)(?:首先|首站|随后|依次|最后)|首站反馈))(?:在|于)"
                                      rf"(?P<targets>(?![该本此其])(?:(?!在){_CLAUSE}){{2,40}}?)(?:召开|举行|进行)")
MEETING_TEAM_REACH = 300
# 中央第七巡视组与甲省委举行巡视情况反馈会议: the unit a team holds its feedback meeting with.
FEEDBACK_MEETING_WITH = re.compile(rf"(?:分别)?(?:与|同)(?P<targets>(?:(?!与|同){_CLAUSE}){{2,60}}?)(?:召开|举行)了?"
                                   rf"{_CLAUSE}{{0,12}}?{FEEDBACK_MEETING_NAME}")
VENUE = re.compile(r"(?:会议室|会议厅|报告厅|礼堂|会堂|大厅|多功能厅|会议中心|宾馆|酒店|大楼|楼|校区|院区|厂区)$")  # (学校净月校区: a campus)
MEETS_AT = r"(?:在|来到|到|赴|前往)"  # where a team holds a meeting: at a unit, or gone to it
# 巡察组在石门乡召开反馈会 / 第一巡察组又在A召开巡察反馈会: after a team, the unit where it holds its feedback meeting.
TEAM_MEETS_AT = re.compile(rf"(?P<at>{MEETS_AT})(?P<targets>(?:(?!在){_CLAUSE}){{2,40}}?)(?:召开|举行)了?{MODE}(?:巡视|巡察)?{REVISIT}"
                           r"(?:情况|意见|工作)?反馈(?:会议|大会|会)")
# Y召开X巡察反馈会议: the unit that hosts the feedback meeting on its inspection (not the round's 集中反馈会,
# and not a meeting that relays a feedback meeting's 精神).
FEEDBACK_HOSTED = re.compile(rf"(?P<targets>{_CLAUSE}{{2,40}}?)(?:召开|举行)了?(?:(?!集中){_CLAUSE}){{0,16}}?(?:巡视|巡察)"
                             rf"(?:情况|意见|工作)?反馈(?:会议|大会|会)(?!议?精神)|"
                             rf"(?P<targets2>{_CLAUSE}{{2,40}}?)(?:巡视|巡察)(?:情况|意见)?反馈(?:会议|大会|会){_CLAUSE}{{0,16}}?"
                             r"(?:召开|举行)")
# X巡察组分别与A、B召开巡察见面沟通会 / 同甲局召开进驻动员会: the team meets the units it inspects as it moves in.
MEETS_WITH = re.compile(rf"(?:分别)?(?:与|同|和)(?P<targets>{_CLAUSE}{{2,120}}?)(?:联合)?(?:召开|举行)了?{_CLAUSE}{{0,12}}?"
                        r"(?:见面沟通会|见面会|沟通会|动员会|动员大会|部署会)")
# X巡视组(组长某某)在(巡视)A工作动员会上表示: the team speaks at the mobilisation meeting of the unit it inspects.
MEETING_AT_UNIT = re.compile(rf"(?:组长[\u4e00-\u9fff]{{2,4}}?)?在(?:巡视|巡察)?(?P<targets>{_CLAUSE}{{2,30}}?)(?:巡视|巡察)?(?:工作)?"
                             r"(?:动员(?:部署)?|见面|进驻)(?:大)?会(?:议)?上")
# Y召开X巡视组巡视工作动员会: the unit that hosts the mobilisation meeting of a team moving in is the unit it
# inspects (A、B分别召开第十一巡视组、第十二巡视组…动员会: hosts and teams pair up in order). Never a 整改动员会.
MEETING_BEFORE_TEAM = re.compile(r"(?:召开|举行)了?$")
MOBILISATION_MEETING = re.compile(r"(?:巡视|巡察)?(?:工作)?(?:进驻)?动员(?:大会|会议|会)")
# The meeting's name in a FEEDBACK_HOSTED match, after which its date may be written (…反馈会于6月5日召开).
# (…集中反馈暨第四轮巡察动员部署会召开: a feedback joined with another meeting's business in one meeting)
FEEDBACK_MEETING_WORD = re.compile(r"反馈(?:会议|大会|会|暨[^,，。;；]{2,24}?会)")
# Hosts that are the dispatcher, not the inspected unit: 县委召开巡察反馈会, 巡察办, 领导小组 (a 镇党委 or 局党组
# that hosts one is the inspected unit).
# (a committee named by its level alone, 县委召开巡察反馈会; not 荻洲县委召开省委第四巡视组巡视反馈会议, a county a province's team
# inspected)
DISPATCHER_HOST = re.compile(rf"(?:^(?:中央|(?:{'|'.join(LEVEL_COMMITTEES)}))|巡视办|巡察办|领导小组|领导小组办公室)$")
KIND_AND_BODY = re.compile(r"^[\u4e00-\u9fff]{1,2}(?:党委|党组|党总支|党支部)?$")  # 学院党委 / 局: a unit by its kind alone
BARE_TEAM = re.compile(r"(?:巡视|巡察)组")  # a team written bare, that the page's one team is
TEAM_AT = re.compile(rf"(?:又|分别|先后|随后|再)?{MEETS_AT}")  # (第一巡察组又在A召开巡察反馈会: the host after 在)
# Adverbs between the hosts and 召开: 26个被巡视单位党组织先后召开….
HOST_ADVERBS = re.compile(r"(?:先后|分别|相继|陆续|均|都|也|已经|已|同时|近日|日前)+$")
# Y召开巡察整改动员会…根据X巡察组反馈的问题: the host of a meeting received the feedback of the team its
# sentence answers to (not 反馈的问题线索, which go to a discipline body).
# Y听取了X巡察组的巡察情况反馈: the unit that heard the feedback received it, on the sentence's day.
# The verbs FEEDBACK_HOSTED and HOST turn on: those patterns open with a long lazy clause, tried at every
# character, so a sentence without the verb is not searched at all (_has_any).
# Y在接到X巡视组专项巡视反馈意见后 / Y收到X巡察组的巡察情况通报后: the unit that received the team's feedback (or its
# 通报), undated (the sentence tells what Y did after).
MEETING_VERBS = ("召开", "举行")
# A meeting named as what is held (十届区委第四轮巡察集中反馈会召开): no unit hosting it (not 市总工会, a unit).
MEETING_NAME = re.compile(r"(?:反馈会|动员会|部署会|推进会|座谈会|汇报会|会议)$")
RECEIVING_VERBS = ("接到", "收到")
HOST = re.compile(rf"(?P<host>{_CLAUSE}{{2,40}}?)(?:(?P<heard>听取)|召开|举行|(?P<got>在?(?:接到|收到)))了?")
GOT_AFTER = re.compile(rf"的?{MODE}(?:巡视|巡察)?{REVISIT}(?:情况)?(?:反馈意见|反馈|通报|意见)(?:后|之后|以后)")
RECEIVED = re.compile(r"(?:反馈|指出)的?(?:问题|意见)(?!线索)|的?(?:巡视|巡察)?(?:情况)?反馈(?:意见)?(?!的?问题线索)")
# A date or time before the host: 5月8日上午县财政局召开….
TEAM_TIME_WORDS = ("同期", "随后", "此后", "之后", "本轮", "此轮")  # 县委第二巡察组同期巡察了B / 省委第八巡视组本轮巡视了A
# 4月17日至5月26日,又对B: what may open a clause beside its dates when its subject is the clause's before.
CLAUSE_OPENING = re.compile(r"[ \t\u3000,，、]*(?:(?:于|在|又|随后|先后|分别|再|接着|之后|此后|同时|并|还|期间|和|及|上午|下午|当天|同日|次日)"
                            r"[ \t\u3000,，]*)*")
LEADING_TIME = re.compile(r"[^,，。]*?\d\s*[日号](?:上午|下午|晚上)?")
# Before a date: the day a count was made up to (截至12月31日; 截至今年3月底, the year written as a word).
CUTOFF = re.compile(r"(?:截至|截止|截止到|截至到|到)[ \t\u3000]*(?:今年|去年|当年|本年|年)?$")
# A sentence told at the feedback meeting of the sentence before it: 会上, / 在反馈会上,.
# How many sentences back 会上 may find the feedback meeting it is at (the meeting, who attended and presided, a
# paragraph on the inspection it closes, then 会上); another meeting held in between is the one it is at.
MEETING_LOOKBACK = 10
# The meeting of a feedback just stated, said held in one of the next sentences (反馈会议在该局召开, 会议于11月24日下午召开,
# 反馈会议在京召开): a feedback meeting, or a meeting after a break.
NEXT_MEETING_HELD = skipping(re.compile(r"(?:反馈(?:会议|会)|(?<![\u4e00-\u9fff])会议)(?:在[\u4e00-\u9fff]{1,8}?)?"
                                        r"(?:于[^,，。;；]{2,16}?)?(?:召开|举行)"))
MEETING_LOOKAHEAD = 2
AT_MEETING = re.compile(r"(?:(?:反馈)?会上|(?:反馈)?会议上|在[^,，。;；]{0,16}会(?:议)?上)[,，]?")  # (反馈会上,…)
# 巡察共反馈问题741个 / 巡视组向其反馈问题12个 / 对A开展了常规巡察，反馈问题37个: a feedback given, counted by its problems
# (not the problems units claim, sort out or rectify: 21个党组织共认领巡察反馈问题486个, 16个被巡视党组织共梳理巡视反馈问题862个).
TEAM_WORD = len("巡察组")  # the word ending a team's name, with which FEEDBACK_COUNTED may start
# (据统计，5个单位共反馈问题112个: the units counted as its subject, those the page named; not a table's totals row, 合计：24家
# 单位共反馈问题278个, which sums the rows' feedback)
FEEDBACK_COUNTED = skipping(re.compile(r"(?<!认领)(?<!梳理)(?<!对照)(?<!针对)(?:(?:巡视|巡察)组?|(?<![\d一二三四五六七八九十两])(?<!计:)(?<!计：)"
                                       r"[\d一二三四五六七八九十两]+(?:个|家|所)(?:被(?:巡视|巡察)的?)?(?:单位|党组织|党委|党组))"
                                       r"(?:[,，](?=共|反馈问题))?(?:共|累计|共计|合计)?"
                                       r"(?:向[^,，。;；]{1,20}?)?"
                                       r"反馈了?(?:面上|各类|共性|个性)?问题"
                                       r"(?:共计|共)?[\d一二三四五六七八九十百两]+(?:个|条|项)"))
# 巡视组对Y(的)专项巡视反馈意见: the feedback Y was given, named as a thing (in a rectification plan's title); its 反馈问题
# right after the team that gave it (对市公司党委巡察反馈问题整改: the dispatcher's inspection, Y no unit).
# (not 对照省委巡视反馈意见 / 针对巡视反馈意见: 对 within a verb)
FEEDBACK_OPINION = skipping(re.compile(rf"(?<![针核相面应])对(?!照|标|比)(?P<targets>(?:(?!对){_CLAUSE}){{2,40}}?)的?"
                                       rf"(?:常规|专项|机动)?(?:巡视|巡察){REVISIT}的?反馈(?P<what>意见|问题)"))
# 日前 / 近日: a while before the day the page reports on (网站2月4日发布消息，T日前向A反馈).
RECENTLY = re.compile(r"日前|近日|前不久|不久前")
# Where a list that runs over commas or a 对 series is cut into its parts.
TARGET_PARTS = re.compile(r"[,，](?:对)?")
MAX_TARGET_PARTS = 4
# 巡视“回头看”涉及的A / 常规巡视涉及的B: the units an inspection of a kind covered, listed after it.
INVOLVED = re.compile(r"^[^、,，]{0,16}?(?:巡视|巡察)[^、,，]{0,6}?(?:所)?涉及的")
# The statement follows a deployment (根据市委统一部署, 按照巡察工作领导小组安排): an account of what was done.
ACCORDING = re.compile(r"(?:根据|按照)[^,，。;；]{0,30}?(?:部署|安排)")
# The inspection's own side, which a unit reports back to (向巡视组反馈, 向巡察办反馈): never a feedback's target.
INSPECTION_SIDE = re.compile(r"(?:巡视|巡察)(?:工作)?(?:组|办|办公室|机构|领导小组(?:办公室)?)$")
# How far back a clause before a feedback is read, and how many ；-joined clauses back its date is looked for.
MAX_CLAUSE, MAX_JOINED = 40, 3
# Where a statement ends (。) or a clause is joined to the next (；).
STATEMENT_END = re.compile(r"[。；;]")
CLAUSE_JOIN = re.compile(r"[;；]")
CLAUSE_BREAK = re.compile(r"[,，;；]")  # where a clause of a sentence ends
# A date that is a deadline: 7月上旬前完成反馈 / 6月底之前 / 月底以前.
DEADLINE = re.compile(r"(?:上旬|中旬|下旬|底|末)?(?:以前|之前|前)(?!期|夕)")
# A duty rather than an event, in the clause before a feedback: 巡察组要及时向被巡察党组织反馈 / 应当向X反馈.
DUTY = re.compile(r"应|要|须|需要|可以|及时|负责")
# 进行巡察意见反馈 / 进行了反馈 / 第三轮巡察集中反馈全部完成 / 7月完成巡察反馈 / 完成了对X的巡察和反馈 / 4月26日反馈意见 (the sentence must
# speak of 巡视/巡察) / T对X开展巡察，(并)反馈了A、B等问题 (what it fed back, after the clause whose subject the team is) /
# 6月分别反馈了巡视“回头看”意见 (a 回头看's).
FEEDBACK_DONE = skipping(re.compile(r"进行了?(?:巡视|巡察)?(?:意见|情况)?反馈|反馈了" + ANY_MODE + r"(?:巡视|巡察)" + REVISIT + r"(?:意见|情况)|(?<=[,，并])反馈了(?=[^。;；\n]{0,400}?问题)|"
                                    r"(?:陆续|先后|相继|分别)反馈了?" + ANY_MODE + r"(?:巡视|巡察)" + REVISIT + r"(?:意见|情况)|(?<=日)集中反馈(?![会大])|"  # 今年1月陆续反馈巡视意见
                                    r"(?:巡视|巡察)(?:集中)?反馈(?:工作)?[^,，。;；]{0,8}?(?:全面|全部|顺利)?完成|完成了?(?:巡视|巡察)?(?:集中)?反馈|"
                                    r"开展了?集中反馈|(?:巡视|巡察)(?:工作)?(?:并|和|及)(?:集中)?反馈|"
                                    r"(?<=[日月])反馈了?" + ANY_MODE + r"(?:巡视|巡察)?" + REVISIT + r"(?:意见|情况)(?!整改|落实|的|(?:之|以)?后(?![,，]))"  # 并于4月26日反馈巡察意见(后,)
                                    r"|(?:(?<=[日号旬])|(?<=\d月))(?:分别|先后|相继)?(?:接到|收到)?反馈(?=[。;；]|$)"  # (…,并于8月26日分别(接到)反馈。 / 8月反馈。)
                                    r"|(?<=[日号])(?:召开|举行)了?的?(?:巡视|巡察)?反馈(?:会议|会)(?![^,，。;；]{0,4}(?:前|之前|筹备))"  # …,11月22日召开反馈会议 (在7月3日召开的反馈会上)
                                    # (7月15日至18日，县委第九轮巡察反馈会议陆续召开: the round's meetings, held)
                                    r"|(?P<held>(?<=轮)(?:巡视|巡察)(?:集中)?反馈(?:会议|会)(?:陆续|分别|先后|相继)?(?:召开|举行))"
                                    r"(?![^,，。;；]{0,4}(?:前|之前|筹备))"))
# The sentence says a feedback was given: 反馈了 / 分别进行了反馈 / 已全部反馈 / 已完成巡察反馈 / 反馈工作已全部完成.
SAID_DONE = re.compile(r"反馈了|(?:进行|作|做|开展)了[^,，。;；]{0,8}?反馈|已(?:经)?(?:全部|全面)?(?:完成)?(?:巡视|巡察)?反馈"
                       r"|反馈(?:工作)?已(?:经)?(?:全部|全面|顺利)?完成"
                       r"|完成了?对[^,，。;；]{2,40}?的(?:巡视|巡察)?(?:集中)?反馈")  # (X组完成对3个乡镇党委的巡察反馈)
# X主持 / 会议由X同志主持.
PRESIDE = re.compile(r"(?:同志)?主持")
# What a page on a Party inspection names somewhere (a Party body, a committee, the inspection office, a routine
# inspection, its feedback or rectification, a round), or else a team that is one (numbered, or of a named dispatcher),
# and a police patrol's or a fire brigade's page (巡逻巡察, 3个消防安全巡察组 / 巡察组重点检查了…) need not.
PARTY_WORD = re.compile(r"党|委|中央|巡视办|巡察办|常规(?:巡视|巡察)|(?:巡视|巡察)(?:整改|反馈)|第[一二三四五六七八九十\d]+轮")
# What is to be done, right before an inspection statement: 巡视组将对X开展巡视, 拟对X进行巡察.
PLANNED = re.compile(rf"(?:将|拟|即将|计划|准备|要|应|须|适时)(?:{'|'.join(ADVERBS)})?$")
PLAN_REACH = 5  # how far before a verb its plan word may start (将陆续进驻)
# A summary's headline: 巡察办2018年工作总结 / 巡察工作综述 / 2023年巡视巡察工作回眸 / 巡察工作情况报告; its plans (2019年工作思路)
# are read as plans still (将对, 拟对: PLANNED).
SUMMARY_HEADLINE = re.compile(r"(?:巡视|巡察)[^。；;\n]{0,24}?(?:总结|综述|盘点|回眸|回顾|情况报告|工作报告)"
                              r"|(?:总结|综述|盘点|回眸|回顾)[^。；;\n]{0,24}?(?:巡视|巡察)")
SUMMARY_HEAD_LINES, SUMMARY_HEADLINE_LENGTH = 8, 60
COVERAGE = "全覆盖"
FOUND_COUNT = re.compile(r"发现(?:各类)?问题[\d一二三四五六七八九十百千]")
# What was done, right before an inspection's 对: 市委已对A、B等8个乡镇开展巡察 / 已先后对C开展巡察 (however its verb ends).
ALREADY = re.compile(rf"已经?(?:{'|'.join(ADVERBS)}|全部|累计|共)?(?:对|在)$")
ALREADY_REACH = 6
POINTS_AFTER_TEAM = re.compile(r"[^,，。;；:：\n]{0,20}?(?:指出|认为)")  # (T于3月18日反馈时指出: what the team's findings open with)
# 这是我市首次由市委巡察组直接对村级党组织开展提级巡察: what a round is, said of its kind of units, no statement of its own.
COMMENTARY = re.compile(r"[ \t\u3000]*(?:这|此)(?:也|还)?是")
# …巡察组还将延伸巡察A: a plan's word in the clause before a statement's units, however far from their verb.
PLAN_WORD = re.compile(r"将|拟|计划|准备")
PLAN_WORD_REACH = 12
# A time to come in the clause before it (明年将对B开展巡察 / 下一步拟对C): a plan even in a paragraph on a round under way.
LATER = re.compile(r"明年|来年|下一?步|下一?阶段|下一轮|今后")
# The rounds a clause names, one or several (第五轮、第六轮巡察已全部完成反馈).
ROUNDS_NAMED = re.compile(r"第[一二三四五六七八九十\d]+轮(?:[、和及与]第[一二三四五六七八九十\d]+轮)*(?=巡视|巡察)")
# 第二轮（8月14日至10月13日）： / 【第九轮巡察】: a round opening its paragraph, as a label.
ROUND_LABEL = re.compile(r"第[一二三四五六七八九十\d]+轮(?=巡视|巡察|[ \t\u3000]*[(（:：】])")
# 十一届市委第八轮 / 省委第三轮 (巡视): the round, as written.
ROUND = re.compile(r"(?<![一二三四五六七八九十\d])(?P<round>(?:[一二三四五六七八九十\d]+届)?(?:中央|省委|市委|州委|县委|区委|党委|党组|党工委)?"
                   r"第[一二三四五六七八九十\d]+轮)(?=巡视|巡察|[ \t\u3000]*[(（:：】])")  # (第二轮（8月至10月）：, a label)
ABBREVIATED_LIST = re.compile(r"等" + UNIT_COUNT)  # A、B等13个省区市党委: a list naming some of the units it counts
# 上述3家企业 / 以上单位 / 这16家中管企业党组织 / 上述4个县（市、区）: the units named before, as a team's inspection's
# target list.
BACK_REFERENCE = re.compile(r"(?:上述|以上|前述|这)(?:(?P<n>[\d一二三四五六七八九十两]+)(?:" + UNIT_COUNTERS + r"))?"
                            r"[\u4e00-\u9fff（()）]{0,12}(?:[（(][\u4e00-\u9fff、]{1,8}[)）][\u4e00-\u9fff]{0,6})?")
# Words for the units an inspection covered, in place of their names.
# 上述市州党委 / 上述4县县委 / 上述单位 / 被巡视单位党委: the units named before, which the text inspected.
INSPECTED_UNITS = re.compile(r"^(?:(?:各)?被(?:巡视|巡察)的?(?:单位|党组织|地方|地区|部门|村|社区|乡镇|街道|企业|学校|医院|高校"
                             r"|区县|县区|市县|设区市|省区市|县[(（]市、区[)）]|市[(（]州[)）]"  # (向被巡视区县党委反馈)
                             r"|分行|支行|公司|子公司|院系|学院|法院|检察院|[省市州县区旗])"  # (被巡视分行党委 / 被巡察法院党组)
                             r"(?:[(（](?:村|社区|乡镇|街道|单位)[)）])?"  # (被巡察的村(社区))
                             r"(?:党组织|党委|党组|党支部|党总支|党工委)?|上述[\u4e00-\u9fff]{1,10}"
                             r"|(?:各)?被(?:巡视|巡察)的?(?:党支部|党总支|党委|党组|党工委|[省市州县区旗盟地]委)"  # (向被巡察党支部反馈)
                             r"|(?:下列|以下|如下)[\u4e00-\u9fff\d]{1,12}"  # 对下列12个单位党组织…,名单如下: the list after
                             r"|各(?:单位|地方|部门)(?:党组织|党委|党组))$")  # 陆续向各单位党组织反馈: each unit inspected
# 被巡察的12个党组织 / 15个被巡察党组织: the inspected units by their number (the units the text names, and the
# collective as written where it counts more than those).
INSPECTED_COUNT = re.compile(r"^(?:被(?:巡视|巡察)的)?(?P<n>[\d一二三四五六七八九十两]+)(?:个|家)(?:被(?:巡视|巡察)的?)?"
                             r"(?:(?:地区|地方)和单位|单位|党组织|部门|地区)(?:党组织|(?:党组|党委)?(?:[(（](?:党组|党委)[)）])?)$")
# A count of units of one kind in place of their names (分别向三个村党支部反馈, 向各村党支部反馈, 向某某街道6个
# 社区党委反馈, 向全镇20个村(社区)党支部反馈, 对A及所辖21个村党组织, 向被巡察的21个村党组织反馈): the inspected units of
# that kind (of either kind in brackets). The units of a sector or of a level's own (市教育系统12个单位党组织, 宣传文化系统9个
# 单位党组织, 县直10个单位党组织, 市属5家企业) are counted too.
COUNTED_UNITS = re.compile(r"^(?:(?:[\u4e00-\u9fff]{1,12}?(?:街道|镇|乡|县|区|市|州|旗)、)*[\u4e00-\u9fff]{1,12}?(?:街道|镇|乡|县|区|市|州|旗)"
                           r"(?:所辖|下辖)?的?|其?(?:所辖|下辖|所属)的?|被(?:巡视|巡察)的|这|这些|系统内"  # (甲镇、乙乡所辖14个村党组织)
                           r"|[\u4e00-\u9fff]{0,10}?(?:系统(?:内|所属|下属)?|[省市州县区旗]直|[省市州县区旗]属)的?"
                           # (市级群团组织6个单位党组织 / 市直机关8个部门: the kind of the units counted before the count)
                           r"|(?:(?!等|及|和)[\u4e00-\u9fff]){1,10}?(?:组织|机关|部门|单位|企业|院校|学校|医院)的?)?"
                           r"(?:" + UNIT_COUNT + r"|各"
                           r"|[两二三四五六七八九十]+(?=[镇乡县区市村校企]))"  # 向两镇党委 / 两校党委反馈: a count before a one-character kind
                           # (3个镇(街道)党(工)委: a kind with two alternatives)
                           r"(?P<kind>[\u4e00-\u9fff]{1,10}(?:[(（][\u4e00-\u9fff]{1,4}[)）][\u4e00-\u9fff]{0,6}){0,2})$")
# …石门镇3个乡镇党委 / …B县2个县委: the count of the places before it, as the kind they are.
PLACES_COUNTED_AS_KIND = re.compile(r"(?P<n>[\d一二三四五六七八九十两]+)(?:个|家)(?P<level>乡镇|镇|乡|街道|县|区|市)"
                                    r"(?:党委|党工委|委)?$")
# 本次巡察 / 此次巡视: the one inspection a page reports, its team the page's one team.
THIS_INSPECTION = re.compile(r"(?:本次|此次|这次)(?:巡视|巡察)")
# The round (or the inspection) a page reports, named by its determiner.
THIS_ROUND = re.compile(rf"(?:本轮|此轮|这轮)(?:巡视|巡察)|{THIS_INSPECTION.pattern}")
# Teams joined in one inspection (县委第三巡察组与镇党委巡察组联动，对X开展了巡察): the first named leads it.
LINKED = ("联动", "联合")
# What a feedback target may carry after the organisation: its leaders, not another target; or its secretary by name
# (向北峪县委书记王建平同志反馈: the unit he heads).
TARGET_TAIL = re.compile(r"(?:主要负责同志|主要负责人|负责同志|领导班子成员|领导班子|班子成员|主要领导|党员干部"
                         r"|(?<=[委组])(?:书记|主要负责同志)[\u4e00-\u9fff]{2,3}同志)$")
# 十三届市委第七轮巡察的A、B / 本轮巡察的A: the units a round inspected, listed after it.
ROUND_UNITS = re.compile(r"^(?:[^、,，]{0,12}?(?:本轮|首轮|第[一二三四五六七八九十\d]+轮)(?=被(?:巡视|巡察))"  # (2025年第二轮被巡察党组织)
                         r"|[^、,，]{0,12}?(?:本轮|首轮|第[一二三四五六七八九十\d]+轮)(?:巡视|巡察)(?:的|中的|涉及的|所涉及的"
                         r"|(?=" + UNIT_COUNT + r"))"  # 第六轮巡视15个地区和单位: its count
                         r"|(?:(?:19|20)\d\d年|去年|前年|上一?轮)(?:已)?(?:巡视|巡察)(?:过)?的"  # 2022年巡察的A (回头看)
                         # (今年第一轮接受中央巡视的北京、天津: the units that received it)
                         r"|[^、,，]{0,12}?(?:本轮|首轮|第[一二三四五六七八九十\d]+轮)接受[^、,，]{0,8}?(?:巡视|巡察)的)")
# The party body written after a kind of unit (学院党组织 → 学院).
PARTY_BODY_WORDS = re.compile(r"(?:党组织|党委|党组|党总支|党支部|党工委)$")
# 市交通运输局及其下属单位 / 甲集团有限公司及所属企业: a unit with the units under it, inspected as one (the unit).
SUBORDINATES = r"及其?(?:下属|所属)[\u4e00-\u9fff]{1,8}"
# 第一巡察组巡察5家单位:A、B / 第二巡视组(组长某某)负责3个单位：A、B、C: a team's count of units, then the units.
TEAM_COUNTED_UNITS = re.compile(rf"(?:巡视|巡察|负责(?:巡视|巡察)?|进驻)了?{UNIT_COUNT}[\u4e00-\u9fff]{{0,8}}?[:：][ \t\u3000]*"
                                r"(?P<targets>[^。;；:：\n]{2,400}?)[ \t\u3000]*(?=[。;；\n]|$)")
# 等8市 / 等26家央企 / 等5个单位: the list's count and the kind of its units, after the last.
COUNTED_KIND = rf"等\s*[\d一二三四五六七八九十两]+(?:{UNIT_COUNTERS})?[\u4e00-\u9fff（()）]{{0,16}}"
# A、B等5个省区市党委和C、D党组织: a counted list closed by its kind, then another list after 和/及/与.
# A kind of unit, no unit's name (金融管理部门党组织 / 中管企业 / 镇街党组织): what a count's second kind after 和 is; or units
# by their level (县(区)党组织 / 市属国企党组织 / 县直部门).
LEVEL_KIND_OPENING = re.compile(r"[县区市乡镇省州旗盟村][(（]|[县区市省州旗](?:直|属|级)|基层")
KIND_OF_UNIT = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:部门|单位|企业|机构|高校|院校|学校|医院|镇街|乡镇|街道|村居|社区)(?:党组织|党委|党组)?$")
COUNTED_LIST_AND = re.compile(r"(等\s*" + UNIT_COUNT + r"?[\u4e00-\u9fff（()）]{0,12}?"
                              r"(?:党委|党组织|党组|党工委|单位|省区市|省区|地区|部门|企业))(?:和|及|与)"
                              # (not A、B等29家中管金融企业和金融管理部门党组织: a second kind of the count, no list)
                              rf"(?!{KIND_OF_UNIT.pattern})")
# 22个地方、单位党组织 / 15个地区、部门党委: a count of the units of kinds listed before their party bodies (one collective).
COUNTED_KINDS = re.compile(rf"^{UNIT_COUNT}(?:[\u4e00-\u9fff]{{1,4}}、)+[\u4e00-\u9fff]{{1,4}}(?:党组织|党委|党组)$")
# 对A、B等14个市直单位开展巡察: the number of units a list says it covers, after the last it names.
COUNTED_AFTER_LIST = re.compile(r"等\s*(?P<n>[\d一二三四五六七八九十两]+)(?:" + UNIT_COUNTERS + r")")
# The kinds of unit a list's tail may name (A、B等单位 / 中国移动、中国电信等企业): all it lists are units.
UNIT_KINDS_NAMED = "单位|部门|企业|央企|国企|高校|院校|名校|学校|大学|医院|银行|机构"
# (…等金融管理部门和中管金融企业党组织: two kinds joined)
# (…、查干诺尔镇党委等党组织; 越丰村等村（社区）党组织 / 九星村党委等村居党组织: villages and townships as the kind; A、B等市属医疗
# 卫生单位: a kind of six characters before a word no name ends in, not 等领域风险⏎浙江大学, a heading run into its line)
_KIND_NAMED = (rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:{UNIT_KINDS_NAMED})|[\u4e00-\u9fff]{{5,6}}?(?:单位|部门|企业|机构)|地方|地区|省区市|省区|省份"
               r"|省市|城市|副省级城市|地|党组织"
               r"|(?:村|社区|村居|乡镇|镇|乡|街道)(?:[（(](?:社区|居)[)）])?(?:党组织|党委|党总支|党支部))")
GROUP_TAIL = re.compile(rf"(?:{COUNTED_KIND}|及其[\d一二三四五六七八九十两]+个[\u4e00-\u9fff]{{1,6}}|{SUBORDINATES}"
                        rf"|(?<![甲乙])等(?:有关|相关)?{_KIND_NAMED}(?:[和及与、]{_KIND_NAMED})*"  # (not 三级甲等医院, a grade)
                        r"(?:党委|党组织)?|等(?:多|数|若干|一批|部分)(?:" + UNIT_COUNTERS + r")?[\u4e00-\u9fff]{0,10}|(?<![甲乙])等)$")
# (A、B等单位 / A、B等地方 / C、D等国有金融企业 / E、F等多个被巡视党组织)
# A list's tail that names the kind of its units without counting them (中国移动、中国电信等企业 / 北京大学、清华大学等高校 /
# 中国华信银行、中国农垦信贷银行等国有金融企业).
KIND_TAIL = re.compile(rf"等(?:有关|相关)?[\u4e00-\u9fff]{{0,4}}?(?:{UNIT_KINDS_NAMED})(?:党委|党组织)?$")
# The count after the last of the units it counts, without 等: 市文化馆、市侨联10个部门单位.
# A target list that only counts its units (12个中央单位党组织, 4个乡镇和县直部门党组织, 被巡察的10家单位).
# (白鹭镇、石塘乡所辖14个村(社区)党组织 / 清河街道、望江镇所辖社区(村)党组织: the units under places, counted or not)
PLACE_NAME = re.compile(rf"[\u4e00-\u9fff]{{1,8}}?{PLACE_END}")
PLACES_UNITS = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}(?:所辖|下辖)的?(?:" + UNIT_COUNT + r"|全部)?"
                          # (青石镇、白沙乡22个村(社区)党组织, 青石镇、白沙乡的22个村: units below the places, not 3个乡镇党委,
                          # the places counted, nor A、B等6个社区, the units named)
                          r"|[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道)的?[\d一二三四五六七八九十两]+个(?=村|社区|行政村|居委))"
                          r"[\u4e00-\u9fff（()）]{2,12}$")
COUNTED_OWN = r"(?:[省市州县区旗盟]直|[省市州县区]属)"  # the level a count's units are of (市直, 区属)
COUNT_SUMMARY = re.compile(r"^(?:被(?:巡视|巡察)的|全(?:[省市州县区旗镇乡]|街道)|(?:(?:" + PLACE_NAME.pattern + "、)*" + PLACE_NAME.pattern
                           + r")?(?:所辖|下辖|所属)的?"
                           # (市直14个单位党组织; 市直部门、国有企业和区属单位共15个党组织: the kinds, then their total)
                           r"|" + COUNTED_OWN + r"|[\u4e00-\u9fff、和及]{2,40}?共)?"
                           r"(?P<n>[\d一二三四五六七八九十两]+)(?:" + UNIT_COUNTERS + r")[^、,，]{1,30}$")  # (6个市)
# One of several counts of units summed up (4个省区市、9个中央单位和3所中管高校党组织): a count and a kind, after the
# level its units are of or the place they are in (市直8个部门和盐东镇12个村党组织).
COUNT_PART = re.compile(r"^(?:" + COUNTED_OWN + r"|[\u4e00-\u9fff]{2,6}?[镇乡县区市])?(?P<n>[\d一二三四五六七八九十两]+)(?:" + UNIT_COUNTERS
                        + r")[\u4e00-\u9fff（()）]{1,20}$")
# Examples named before one of several counts (区教育局、区卫生健康委员会等8个区直部门党组织和盐东镇12个村党组织): the
# count is of them, no part of its own (A、B等2个单位 alone is a list of units, not their count).
EXAMPLES_BEFORE_COUNT = re.compile(r"(?:^|(?<=[和及]))[^、和及]{2,30}(?:、[^、和及]{2,30})*等(?=[\d一二三四五六七八九十两]+(?:"
                                   + UNIT_COUNTERS + r"))")
COUNT_TAIL = re.compile(rf"{UNIT_COUNT}[\u4e00-\u9fff（()）]{{1,16}}$")  # 4个乡镇(街道)党(工)委: alternatives in brackets
PLACES_COUNT_TAIL = re.compile(r"[\d一二三四五六七八九十两]+(?:省区市|省区|省市|[省市县区])$")  # 山西、…、云南6省 / 安徽、江西2省区
# 丙、丁两个镇党委: places sharing a counted kind, before the bracket of the team that inspects them
PLACES_SHARING_KIND = re.compile(rf"(?:[\u4e00-\u9fff]{{2,6}}、)+[\u4e00-\u9fff]{{2,6}}{COUNT_TAIL.pattern}")
# 中国甲油、中国乙油、中国丙油三大公司党组 / 甲厂、乙厂两家企业 / 安徽、江西、河南3省: a count of as many units as the
# list names, after the last, without 等: every item is a unit, named by its short name too.
COUNT_AND_COUNT = re.compile(r"^(?P<last>.+?[一二三四五六七八九十两\d]+(?:大|家|个|所)[\u4e00-\u9fff]{1,6}?)(?:和|及|与|以及)"
                             r"(?P<more>[一二三四五六七八九十两\d]+(?:家|个|所)[\u4e00-\u9fff()（）]{1,16})$")
AS_MANY_TAIL = re.compile(r"(?P<n>[一二三四五六七八九十两\d]+)(?:(?:大|家|个|所)[\u4e00-\u9fff]{1,6}|[省市县区]+(?:党委|党组织)?)$")
# A collective target, the units of a kind by their number (24个区直单位党组织, 被巡察的12个党组织, 9个省区,
# 40家单位党组(党委)): kept as written, as the text gives no names.
COLLECTIVE = re.compile(rf"^(?:被(?:巡视|巡察)的|全(?:[省市州县区旗镇乡]|街道))?{UNIT_COUNT}[\u4e00-\u9fff（()）、]{{2,24}}$")
COLLECTIVE_AND = re.compile(r"(?:地区|地方|部门)和(?:单位|部门)")  # 15个地区和单位, 12个地方和单位: two kinds, one count
# The party bodies of a list of units written as alternatives (县林业局、县水务局党委(党组)): the units are named bare.
OTHER_BODY = r"[(（](?:党委|党组|党工委)[)）]"
BODY_ALTERNATIVES = re.compile(rf"(?:党委|党组)?{OTHER_BODY}$")
# … or before a unit joined to a count (30家中管企业党组（党委）和A: its first body; not …等50家单位党组（党委）, the list's end).
BODY_ALTERNATIVE_JOINED = re.compile(rf"(?<=党组|党委){OTHER_BODY}(?=和|及|与|、)")
# … or of places of several levels (甲市、乙县、丙区(市、县、区)党委): the places are named bare.
LEVELS_BODY = re.compile(r"[(（][市州县区旗、]{3,9}[)）]党(?:委|工委)$")
# 三省 / 两市 / 四县: the places a sentence before named, counted without a counter word.
PLACES_COUNTED_BACK = re.compile(r"[一二三四五六七八九十两]+[省市县区州旗]")
# A bracket that says what a unit includes (县财政局(含国库中心)) is no part of its name; others are (总行渠道管理部(普惠办)).
INCLUDES = re.compile(r"[(（](?:含|包括)[^()（）]*[)）]$")
# A(巡察整改进展情况) / B（查看全文）: a link to the unit's report after it, in a round's list of the units that published.
REPORT_LINK = r"(?:巡视|巡察)?整改(?:进展|落实)?(?:情况|报告)(?:的?通报)?|(?:点击)?查看(?:全文|详情)?"
REPORT_LINK_NOTE = re.compile(rf"[(（](?:{REPORT_LINK})[)）]")
LINK_AFTER_UNIT = re.compile(rf"[ \t\u3000]+(?:{REPORT_LINK})$", re.M)  # (a line of a round's list: 甲区委（…反馈）　整改进展情况)
# A bracket after a unit in a list that dates it, gives its inspection's kind (as PART_MODE reads it) or who led it
# (A(11月16日)、B(11月17日); A(2019年4月18日反馈) / A(反馈时间：2021年8月10日): the day it was fed back; A(常规巡察)、B(巡察“回头看”); A、B(一托二); A(组长张某)), or names its head (A(党委书记某某), with his other
# posts: A(党支部书记、行长某某)): a note on
# the statement, no part of the unit's name.
UNIT_NOTE = re.compile(r"[(（](?:(?:(?:反馈|进驻)(?:时间|日期)[:：]?)?(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?(?:[至到—-]\d{1,2}(?:月|日|号|月\d{1,2}[日号]))?(?:反馈|进驻)?"
                       rf"|(?:巡视|巡察)?(?:整改)?{OPEN_QUOTE}?(?:回头看|{alternation(INSPECTION_MODES)}){CLOSE_QUOTE}?(?:巡视|巡察)?"
                       r"|[^()（）]{1,24}?专项(?:巡视|巡察)"  # A(党费收缴、使用和管理专项巡察): the topic of its special inspection
                       r"|一[托拖][二三四五两2-5]"  # A、B(一托二): one team for both
                       rf"|{REPORT_LINK}"  # A(巡察整改进展情况): a link to its report
                       r"|(?:同步|同时)?延伸(?:巡视|巡察)?"  # A、B(延伸巡察): units the inspection was extended to
                       # A(同步对所辖村党组织开展巡察): the units inspected with it
                       r"|(?:同步|同时|一并)[^()（）]{1,20}?(?:巡视|巡察)"
                       r"|(?:副?省|地|市|县|乡|正?副?处|正?副?厅|正?副?局)级"  # 北塘市委(县级): the level of a city its name does not say
                       r"|副?组长[:：]?[\u4e00-\u9fff·]{2,8}"
                       rf"|(?:(?:党委|党组|党总支|党支部|党工委)?副?(?:书记|{alternation(HEAD_OF)})、){{0,3}}"  # (党支部书记、行长某某)
                       rf"(?:党委|党组|党总支|党支部|党工委)?副?(?:书记|{alternation(HEAD_OF)})[:：]?[\u4e00-\u9fff·]{{2,4}})[)）]$")
# A note after the list's last unit that the span ends inside, its verb having been read as the statement's (进驻A、B
# （同步对所辖村党组织开展巡察）): no part of the unit.
UNCLOSED_NOTE = re.compile(r"[(（][^()（）]*?对[^()（）]*$")  # (not （延伸巡察C、D at a page's end: units the team inspects)
# A unit's short name in a list of units (中国华岳, 中国启明): Chinese characters only, no verb or clause word.
SHORT_NAME = re.compile(r"^(?:(?![的了和与及在是为对向将被])[\u4e00-\u9fff]){2,12}$")
# The number before an item of a list or a line (1. / 2、 / （三）).
NUMBERING = re.compile(r"^(?:\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,3}(?=[ \t\u3000|｜]))[ \t\u3000|｜]*")  # (1 | A: a row's number cell)
# A topic written after the inspected place (对青石市安全生产工作开展专项巡视): the place is the target.
# 对我局政府采购领域开展专项巡察: the same after the speaker's own unit.
# 对某某镇党委落实脱贫攻坚开展了专项巡察: what the unit does, after its party body, is the topic.
TOPIC_AFTER_BODY = re.compile(r"^(?P<unit>[\u4e00-\u9fff]{2,30}?(?:党委|党组|党工委|党总支|党支部))"
                              r"(?:落实|贯彻|推进|执行|开展)[\u4e00-\u9fff]{2,12}$")
TOPIC_AFTER_PLACE = re.compile(rf"^(?P<place>[\u4e00-\u9fff]{{2,8}}?(?:{'|'.join(LEVELS)})|(?:我|本)[局厅委办院校])"
                               rf"[\u4e00-\u9fff]{{2,10}}(?:工作|领域)$")
# Units by whom they belong to and their kind (省直部门, 省管企业, 市属国有企业): what a round covered, not a unit.
UNIT_OWNER = r"(?:[省市州县区旗][直管属级]|中管|国有|直属|中央(?:和)?国家|党政)"  # (市级部门党组: the city's departments)
UNIT_KIND_END = r"(?:部门|单位|企业|高校|院校|学校|医院|机关|金融机构|金融企业|事业单位)(?:党组织|党委|党组)?"
UNIT_KIND = rf"{UNIT_OWNER}+{UNIT_KIND_END}"
# Kinds of unit rather than a unit's name: 对乡镇进行巡察 names no target; 进驻省内高校 / 辖区内企业: the units of a
# kind in a place (市内4家国有粮库 counts them: a collective).
GENERIC_TARGET = re.compile(rf"^(?!{STOP_OPENED_PLACE.pattern})(?:各|逐|所(?!辖)|其|本|该|全|有关|相关|下级|上级|部分|所有|基层"
                            rf"|(?:[省市州县区旗]|辖区)内(?!{UNIT_COUNT})"
                            # (被巡察行部分支行: some of the inspected banks' branches, none named)
                            r"|被(?:巡视|巡察)[\u4e00-\u9fff]{0,2}?(?:部分|其他|其余))|^(?:乡镇|村|社区|街道|单位|部门|地区|"
                            r"县区|区县|市县|县市区|县[(（]市、区[)）]|省区市|党组|党委|党组织|企业|高校|学校)$"
                            # kinds of places and their committees: 地方党委, 副省级城市党委 (市委首次对县级市开展巡察)
                            r"|^(?:地方|副省级城市|省区|省份|县级市|地级市)(?:党委|党组织)?$"
                            # (对地级市检察院的巡察 / 对辖区基层法院的巡察: the courts of a level, none named)
                            r"|^(?:辖区|地级市|县级|基层|中级)(?:基层|中级)?(?:人民)?(?:法院|检察院)(?:党组)?$"
                            # (内地城市公布整改「成绩单」已成惯例: the mainland's places as a kind, as the overseas press writes)
                            r"|^内地(?:城市|省份|省区|各省|各地|地方|企业|高校|单位)(?:党委|党组织)?$"
                            # many, uncounted: 向多省反馈 / 多地 / 多家单位
                            r"|^多(?:" + UNIT_COUNTERS + r")?(?:省|市|地|县|区|省份|地方|单位|部门|企业)(?:党委|党组织)?$"
                            # (十多个省区市 / 数个省份 / 另外数个省区 / 多家中央单位党组织: a vague number, no count)
                            r"|^(?:另外|其他|其余)?(?:[一二三四五六七八九十]{1,3}多|[数几]十?|十几|多|若干)(?:" + UNIT_COUNTERS + r")"
                            # kinds of units by whom they belong to, alone or joined: 省直部门, 省管企业和高校, 市属国有企业及事业单位
                            rf"|^{UNIT_KIND}(?:[和及与、](?:{UNIT_OWNER})*{UNIT_KIND_END})*$")
# A village's or street's party body by its kind alone (村党组织书记: no village named), unless 各 makes it every unit of
# that kind (各社区党组织); 学校党委 is the page's own school's.
KIND_PARTY_BODY = re.compile(r"^(?:村|社区|乡镇|街道|部室|科室|支行|网点|基层)(?:党委|党组织|党支部|党总支|党工委)$")
# 所属中材国际党委 → 中材国际党委; 湖北省分行所属襄阳市分行党委 → 襄阳市分行党委; 某市下辖的某县委 / 镇所辖黄土村 (the level alone) → 某县委 / 黄土村 (the owner is
# another unit); 我市住建局 → 市住建局.
# 对我县桑田镇党委 → 桑田镇党委: the level goes too before a place of a lower level it contains.
OWNER_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{0,16}?(?:所属的?|下属的?|下辖的|所辖的)|[镇乡县区市州旗](?:所辖|下辖)|(?:所辖|下辖)(?![村社乡镇街各\d一二三四五六七八九十两])|直属|(?:我|本)[省市州县区旗](?=[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|村|社区))"
                          r"|(?:我|本)(?=[省市州县区旗])"
                          # 溪口乡的溪口村 (a village of the township, named by its own name)
                          r"|[\u4e00-\u9fff]{1,8}?(?:乡|镇|街道)的(?=[\u4e00-\u9fff]{1,8}?(?:村|社区))"
                          # 交叉巡察平川县的柳塘镇、岭海省的南港市 (a unit of another place, named by its own name)
                          r"|[\u4e00-\u9fff]{2,10}?(?<!全)(?:省|市|县|区|旗|州|盟)的(?=[\u4e00-\u9fff]{2})(?!各|所有|部分|[一二两三四五六七八九十]+[个家所]))")
# People, not a unit, though 部 ends the word (本轮巡察的巡察干部及人才库成员参加培训).
PEOPLE_NOT_UNIT = re.compile(r"(?:干部|人员|成员|党员|群众|同志|职工)$")
# A round or a year inside what reads as a unit (龙泉县公安局党委2024年第一轮内部巡察反馈会: the dispatcher and its round,
# no unit's name).
ROUND_IN_NAME = re.compile(r"第[一二三四五六七八九十\d]{1,3}轮|(?:19|20)\d\d年")
# A time word a unit's name never opens with (去年医院接受了巡察, 今年该局…, 从近年来各单位公布的…看).
TIME_BEFORE_UNIT = re.compile(r"^(?:从|自)?(?:去年|今年|前年|近年来?|此前|日前|近日|目前|当年)")
# 该镇石门村党总支 / 该市所辖甲县委: a unit within the place named before (the place's own party body is no such unit:
# 该镇党委 names the town's, which GENERIC_TARGET leaves to the text before).
# (县内尼玛乡党委: the township, within the county the clause is in)
# 白沙街道：A社区党委、B社区党委；金鸡镇：C村党总支: the place the units after it are in, labelling them (no unit's name).
PLACE_LABEL = re.compile(rf"(?:^|(?<=[、,，;；\n]))[ \t\u3000]*{PLACE_NAME.pattern}[:：][ \t\u3000]*")
PLACE_REFERENCE_BEFORE_UNIT = re.compile(r"^(?:(?:该|其)(?:省|市|州|县|区|旗|镇|乡|街道)(?:所辖|下辖)?|(?:省|市|州|县|区|旗)(?:内|域内))"
                                         r"(?=[\u4e00-\u9fff]{2,}?(?:[村镇乡县区市]|社区|街道))(?![党委])"
                                         # (对本镇各村（社区）党组织开展巡察: every unit of that kind, the place the page's own)
                                         r"|^(?:本|我|该)(?:省|市|州|县|区|旗|镇|乡|街道)(?=各)")
# 临澄市所辖澄东区、白沙坪县 / 集团所属甲公司 / 镇辖甲村、乙村 / 其下属甲场 / 省国资委监管的甲集团: the units within a place or
# body named before them (not
# a count or a kind of them: 双河镇所辖12个村党组织, 梅溪镇所辖各村党组织, 皇塘镇所辖村党组织 are one collective, the place
# part of it; 市辖区 is a kind of district).
UNDER_PLACE_BEFORE_UNITS = re.compile(r"^(?:(?:镇|乡|街道|县)辖(?![区县市村])|[^、()（）]{2,20}?(?<!及)(?<!及其)(?:(?:所辖|下辖|所属)的?|(?:监管|管理|主管)的)"
                                      r"|[^、()（）]{1,20}?直属的"  # (局直属的甲集团党委: the unit under the body said before)
                                      # (并延伸巡察其下属县国有林场 / 其全资子公司甲公司: the units under the one said before)
                                      r"|其(?=所辖|下辖|所属|下属|全资|控股|子公司)(?:所辖|下辖|所属|下属)?的?(?:全资|控股)?(?:子公司|企业)?)"
                                      r"(?!" + UNIT_COUNT + r"|各|全部|部分|有关|相关"
                                      r"|(?:村|社区|[(（]社区[)）]|乡镇|镇|乡|街道|单位|企业|部门|学校|医院|基层)+"
                                      r"(?:党组织|党委|党支部|党总支)?(?:、|$))(?=[\u4e00-\u9fff]{2})")
# 镇党委及其所辖村党组织 / 甲市及其所属A区、B县: a unit and the units under it, two targets (not 甲集团及其所属单位, one unit).
WITH_UNITS_UNDER = re.compile(r"及其?(?=所辖|下辖|辖下|所属[^、,，]{1,10}?(?:市|县|区|旗|镇|乡|街道)(?:$|[、,，;；])"
                              r"|系统内" + UNIT_COUNT  # (A局党组及其系统内11个单位党组织)
                              + r"|(?:被)?延伸(?:巡视|巡察)的)")  # (向A党委及其延伸巡察的B党委反馈: B, named after the words)
# 澜州市(含澜城区、北溪县、青禾县): the units a bracket says the unit before it takes in, inspected with it (not a
# kind of them: 甲集团(含下属企业) is the one unit).
# (天堂镇党委(并延伸巡察关庄村党总支、黄尾村党支部): the units under it the inspection was extended to, the same; a list
# the page's cut left unclosed, 梧桐街道党工委(延伸巡察新民社区党委, is read to its end)
# (青山市（城东区、城西区、松林县）/ 甲省（同步巡视A市、B市）: a place's places under it in brackets, inspected with it)
# (not a former or short name in brackets, 东湖区（原东湖县）, nor a word that ends as a place does, 村(社区), 开发区(园区))
CONTAINED_PLACES = (r"(?=(?:(?!原|今|现|即|简称|(?:社区|园区|城区|景区|小区|片区|辖区|矿区|厂区|校区|市区|郊区|山区|牧区|林区|垦区"
                    rf"|街区|库区|老区|乡镇|县市|市县)[)）、，,])[\u4e00-\u9fff]{{1,10}}?{PLACE_END}[、，,]?)+[)）])")
CONTAINED_UNITS = re.compile(r"[(（](?:(?:含|包括|包含)[:：]?|(?:同步|同时|一并)(?:巡视|巡察)[:：]?|" + CONTAINED_PLACES +
                             r"|(?:同步|同时|并|还|一并)*延伸(?:巡视|巡察)?(?:了|至|到)*[:：]?"
                             # (延伸巡察所属平山煤矿党委: a unit under it, named)
                             r"(?:其?(?:所属|下属|所辖|下辖|直属)(?=[^()（）、]{2,30}?(?:党委|党组|党总支|党支部|公司|矿|厂)[)）、]))?)"
                             r"(?P<units>(?!下属|所属|所辖|下辖|直属|相关|部分|有关|巡视|巡察)[^()（）]{2,200}?)(?:[)）]|$)")
# 对我镇/我街道进行了巡察: the party body of the speaker's township or street.
OWN_UNIT = {"我镇": "镇党委", "本镇": "镇党委", "我乡": "乡党委", "本乡": "乡党委", "我街道": "街道党工委", "本街道": "街道党工委"}
# 我局, 我校, 本公司: the speaker's own unit, named as the document names it.
OWN = re.compile(r"^(?:我|本)(?=局|厅|委|办|校|院|公司|集团|中心|所|站|社|馆|行|镇|乡|街道|村|社区|苏木|嘎查)")  # (我镇党委)
# 对我行8个基层党组织 / 本院3个科室党支部: the speaker's units counted, not a unit of the speaker's kind.
OWN_COUNTED = re.compile(r"^(?:我|本|该)(?:局|厅|委|办|校|院|公司|集团|中心|所|站|社|馆|行|镇|乡|街道|村|社区)(?=" + UNIT_COUNT + ")")
OWN_PLACE = re.compile(rf"^(?:我|本)(?:{'|'.join(LEVELS)})$")
# 局党组 / 委党组 / 学校党委 (我局党组 without 我): a unit by its kind alone, where the text names several of that kind (two
# bureaus' reports on one page: 市民政局党组通报，市委第二巡察组向局党组反馈): the one named last before it in its paragraph.
KIND_ALONE = re.compile(r"^(?P<kind>学校|局|委|厅|办|院|中心|行|社|馆|站|所)(?P<body>党组|党委|党工委|党总支|党支部)$")
SPLIT_AND = re.compile(r"[和及与]|并(?=延伸(?:巡视|巡察))")  # (A并延伸巡察B: B named after the words, INSPECTED_LEAD)
# The end of an organisation's name, for deciding whether 和/及/与 joins two targets (住房和城乡建设局 is one).
ORG_END = re.compile(r"(?:局|委|办|室|部|厅|院|校|大学|中学|小学|幼儿园|镇|乡|村|街道|社区|苏木|嘎查|机关|司|集团|兵团|银行|中心|站|所|组|(?<!社)会|社|馆|处|科|队|台|联|协|"
                     r"分行|支行|法庭|党组|党委|党工委|党组织|党总支|党支部|政府|区|县|市|省|州|旗|(?<!联)盟|林场|农场|牧场|茶场|渔场|厂|矿"
                     r"|中专|职专|职高|粮库|储备库|海关|监狱|(?<!部)署|(?<=[一二三四五六七八九十百\d])团)$")  # (海关总署 / 国家国际发展合作署: a state agency, not 部署; 县职业中专 / 县粮食储备库: a county's units by their short names;
# 南岭海关 / 北山监狱: a customs house, a prison; 六十二团 / 十团: a regiment of the Production and Construction Corps;
# not 社会: 在决胜全面建成小康社会…之年开展的巡视 names a time, no body)
# 被巡察单位为A、B: the words that say what the list is, before its first unit (the list read from a team's colon or a
# round's clause).
# (向延伸巡察的额尔敦嘎查党支部: the unit the inspection was extended to, named after the words that say so)
INSPECTED_LEAD = re.compile(r"^被(?:巡视|巡察)的?(?:单位|党组织|对象|[\u4e00-\u9fff]{0,4}?(?:组织|机关|部门|企业|高校|学校|医院))"
                            r"(?:分别)?(?:为|是|包括)[:：]?"  # (本轮被巡察的群团组织包括A、B)
                            r"|^(?:并|同时|同步|还)?(?:被)?延伸(?:巡视|巡察)了?(?:的|至|到)?(?!组|办|工作|期间|情况|反馈)(?=[\u4e00-\u9fff]{2})")
# 县人力资源和社会保障局(县医疗保障局) / 市教育体育局党组(市委教育工委): the name, with its level, of another body that
# shares the unit's offices, in brackets; the unit is named by the name before it. (An office's own second name stays:
# 总行党务工作部(扶贫办); so do kinds, 村(社区), 县(市、区), and the team that inspected it, A(第五组).)
BRACKETED_NAME = rf"(?![^()（）]*组[)）])[^()（）、,，]{{2,24}}?{ORG_END.pattern[:-1]}[)）]$"  # (a unit's name, no team)
UNIT_ALIAS = re.compile(rf"[(（](?=[省市县区州旗盟镇乡]){BRACKETED_NAME}")
# A short name in brackets after a unit's party body (中国太平保险集团有限责任公司党委（中国太平）和…): no part of the name.
SHORT_AFTER_BODY = re.compile(r"(?P<name>[^、，,和及与]{2,40}?(?:党委|党组|公司|集团|银行|办公室|委员会|局|厅|部|署|院|会|中心|社))"
                              r"[(（](?P<short>[\u4e00-\u9fff]{2,10})[)）]")
# … and the office's own second name that stays part of it is no hindrance to reading it as a unit.
SECOND_NAME = re.compile(rf"[(（](?!党){BRACKETED_NAME}")
# 「粤达交通投资集团」 / “甲局党组”: a unit's name in quotes, in a list of units (the quotes no part of it).
QUOTED_UNIT = re.compile(rf"{OPEN_QUOTE}(?P<unit>[^“”\"「」『』]{{1,40}}?(?:{ORG_END.pattern[:-1]})){CLOSE_QUOTE}")
# A unit written by its brand in quotes in a list of units (「华泰能源」和「天衡电力」两家央企), as the Hong Kong press does.
# Four characters or more (“回头看”, “一把手” are words of the trade), never one of the trade's slogans.
QUOTED_BRAND = re.compile(rf"{OPEN_QUOTE}(?P<unit>(?!三重一大|一岗双责|两个维护|四个意识|四个自信|两个确立|两学一做)"
                          rf"[\u4e00-\u9fff]{{4,8}}){CLOSE_QUOTE}")
# A short name the text defines right after an organisation's full name: 中国第一汽车集团公司(以下简称一汽),
# 某某集团有限公司(简称“某某集团”), 省交通运输厅(下称省交通厅). The bracket is no part of the name it follows, and
# the short name, written alone later (对一汽开展了专项巡视), names that organisation.
SHORT_NAME_DEFINED = re.compile(r"[(（](?:以下|下文)?(?:简称|称|下称)[:：]?[“\"「『]?(?P<short>[\u4e00-\u9fffA-Za-z\d]{2,12})"
                                r"[”\"」』]?[)）]")
# … or, as the press writes it, the short name alone in brackets after the full one (中国北方保险集团（北方保险）/ 国务院侨务办公室
# （侨办）), which must write the full name's characters in order.
SHORT_NAME_BRACKETED = re.compile(r"[(（](?<=[司团行委组局会办院厅部署室心社][(（])(?P<short>[\u4e00-\u9fff]{2,8})[)）]")  # (bracket first: the
# engine skips to brackets, not trying the lookbehind at every character)
INSPECTING = re.compile(r"巡[视察]")  # in a full name: a team's, which the team rules name
# Where the full name before a definition may start: the clause's start, or after a preposition or joiner in it.
NAME_MAY_START = re.compile(r"向|对|与|同|和|及|在|关于|由|据|经")
# The body a person leads by 任组长: …为成员的X领导小组 / 为组长的应急处置专班.
LED_BODY = re.compile(r"的(?P<body>[\u4e00-\u9fff]{2,40}?(?:领导小组|工作小组|专班|指挥部|工作组|委员会))")
# … or one the sentence set up before the name: 成立巡视整改工作领导小组，县委书记某某担任组长 (the last one named).
FORMED_BODY = re.compile(r"成立(?:了)?(?P<body>[\u4e00-\u9fff]{2,40}?(?:领导小组|工作小组|专班|指挥部|工作组|委员会))")
# A rank in brackets right before a name (组长（正厅长级）胡明).
RANK_BEFORE = re.compile(r"[（(][\u4e00-\u9fff]{1,8}级[)）]$")
# 组长张某代表区委第二巡察组: the word before the team a name speaks for.
SPEAKING_FOR = "代表"
# The longest unit written between 任 and the post it holds there (任市农业农村局一级调研员).
MAX_UNIT_BEFORE_POST = 24
# 组长由冯某(同志)担任: the post written before 由 and the name.
TAKEN_BY = re.compile(r"(?:同志)?(?:担任|兼任)")
# What separates the posts written before one name: 市委常委、纪委书记; 区委副书记兼政法委书记.
POST_SEPARATORS = "、,，兼"
TAKEN_BEFORE = re.compile(r"(?:担任|兼任|出任)[\u4e00-\u9fff]{0,8}$")  # a post taken by the name before the verb
# Posts in a team that, written bare, are posts in the team named last before them (组长, 副组长, 组员, 联络员).
TEAM_POSTS = ("组长", "组员", "联络员")
BARE_TEAMS = ("巡视组", "巡察组")  # a team written by its kind alone, in a post: the team the paragraph named
# Heads of enterprises, whose names end in no fixed word (中国一汽党委书记、董事长 → 中国一汽).
ENTERPRISE_HEADS = ("董事长", "总经理")
# Posts that name an organisation without writing it: 区长 → the 区's government.
IMPLIED_ORG = {"区长": "政府", "县长": "政府", "市长": "政府", "省长": "政府", "州长": "政府", "镇长": "政府",
               "乡长": "政府", "旗长": "政府"}
# Byline words that name a person without giving a post: 联系人 (on a contact line, 联系电话…(张伟) too) says
# whom to call, not what post the person holds, so the person gets no membership (role null in the gold).
NOT_A_POST = ("联系人",)
# Posts in a committee itself, written bare after a post of that committee (市委常委、秘书长).
COMMITTEE_POSTS = ("秘书长", "书记", "常委", "委员")
# Units that are organs of a party committee (区委 + 政法委 → 区委政法委), not bodies of the same level.
COMMITTEE_ORGANS = ("政法委", "组织部", "宣传部", "统战部", "办公室")
COMMITTEE = re.compile(rf"^(?P<place>.*?)(?:{'|'.join(LEVEL_COMMITTEES + PARTY_COMMITTEES)}|工委|委)$")
LEVEL_COMMITTEE = re.compile(rf"(?P<level>{'|'.join(LEVELS)})委$")
UNIT_SET = frozenset(UNITS)
# Bodies of the same place as the committee before them (市委常委、纪委书记 → 市纪委).
LEVEL_BODIES = ("纪委", "监委", "纪工委", "纪委监委", "人大常委会", "人大", "政协", "政府", "人民政府", "管委会")
# Last characters of units that each have their own party body (村, 镇, 局 …), for a list sharing one.
UNIT_KINDS = frozenset("村镇乡局厅委办院校司社所站队馆")
TOWNSHIP_KINDS = frozenset("镇乡")  # a town and a township: one kind, sharing a list's party body (甲镇、乙乡党委)
# A unit's party body, whose name is the unit's and this suffix (学院党委, 交通运输局党组).
PARTY_BODY = re.compile(r"(?:直属)?(?:党组|党委|党工委|党总支|党支部)$")  # (图书馆直属党支部: the 图书馆's)
# A committee whose place its organs share (市委 → 市纪委, 雄安新区党工委 → 雄安新区纪工委).
COMMITTEE_LEVEL = re.compile(rf"(?:{'|'.join(LEVEL_COMMITTEES + PARTY_COMMITTEES)})$")


@dataclass
class Ctx:
    """One document's mentions, by kind and sorted by offset, with the lookups the relation rules need.
    Every lookup is a bisection or a per-sentence table built once: a text without 。 is one sentence of
    megabytes, and a scan of the sentence per mention in it is quadratic."""

    doc: Document
    teams: list[Mention]
    posts: list[Mention]
    people: list[Mention]
    dates: list[Mention]
    orgs: list[Mention]

    @classmethod
    def of(cls, doc: Document) -> "Ctx":
        by: dict[str, list[Mention]] = {}
        for m in sorted(doc.mentions, key=lambda m: (m.start, m.end)):
            by.setdefault(m.label, []).append(m)
        people = _people(doc, by)
        return cls(doc, _teams_by_leader(doc.text, by.get("TEAM", []), people), by.get("POST", []), people,
                   by.get("DATE", []), by.get("ORG", []))

    def __post_init__(self) -> None:
        self.named_teams = [t for t in self.teams if not t.attrs["group"]]
        kinds = (self.teams, self.named_teams, self.posts, self.people, self.dates, self.orgs)
        self._starts = {id(kind): [m.start for m in kind] for kind in kinds}
        self._posts_by_end: dict[int, Mention] = {}
        for p in self.posts:
            if p.end not in self._posts_by_end or p.start < self._posts_by_end[p.end].start:
                self._posts_by_end[p.end] = p
        self._people_by_end = {p.end: p for p in self.people}
        self._para_starts = [p.start for p in self.doc.paragraphs]
        self._sentence_index = {id(s): i for i, s in enumerate(self.doc.sentences)}
        # (offset, year, month) of each date that states its year, for carrying a year to dates without one; a range
        # carries the year and month it ends in (2023年11月至2024年1月 … 3月15日 is in 2024).
        self._years = [(d.start, (d.attrs.get("end") or {}).get("y") or d.attrs["start"]["y"],
                        (d.attrs.get("end") or d.attrs["start"])["m"])
                       for d in self.dates if d.attrs["start"]["y"]]
        self._heading_years = [(m.start(), int(m.group("y"))) for m in YEAR_OPENING.finditer(self.doc.text)]
        stated = {y for d in self.dates for y in (d.attrs["start"]["y"], (d.attrs.get("end") or {}).get("y")) if y}
        self._only_year = stated.pop() if len(stated) == 1 else None  # the one year the page states, if one
        self._dates: dict[tuple[int, int], list[tuple[Mention, str | None, str | None]]] = {}
        # paragraph start → (its opening team, where a team of another name is first named), for _paragraph_team
        self.paragraph_subjects: dict[int, tuple[Mention | None, int, bool]] = {}
        self._deployed: dict[int, list[re.Match[str]]] = {}
        self._led_bodies: dict[tuple[int, int], list[re.Match[str]]] = {}
        self._rounds: dict[int, re.Match[str] | None] = {}
        self.date_headers = [(m.start(), m.group("what")) for m in DATE_HEADER.finditer(self.doc.text)]
        self.range_members: dict[int, list[Mention]] = {}  # start of a range of teams → its teams
        self._target_lists: list[list[str]] | None = None
        self.short_names = defined_short_names(self.doc.text)

    def target_lists(self) -> list[list[str]]:
        """Every list of targets the document writes (对A、B开展巡察, 向A、B反馈), split once, when first asked for."""
        if self._target_lists is None:
            text = self.doc.text
            spans = [m.span("targets") for regex in (INSPECT, FEEDBACK_TO) for m in regex.finditer(text)]
            self._target_lists = [split_targets(self, a, b, for_feedback=False) for a, b in spans]
        return self._target_lists

    @cached_property
    def team_headings(self) -> list[tuple[int, Mention]]:
        """(offset, team) of each line that heads a section by a numbered team alone (一、省委第二巡视组巡视单位 / 【市委第一
        巡察组】), in order."""
        text, out = self.doc.text, []
        for para in self.doc.paragraphs:
            team = self.first_within(self.teams, para.start, para.end)
            if team is not None and team.attrs["ordinal"] is not None and (
                    SECTION_NUMBER.fullmatch(text, para.start, team.start)
                    or text[para.start:team.start].strip() in HEADING_BRACKETS) \
                    and TEAM_HEADING_END.match(text[_team_line(self, team)[2]:para.end + 1]):
                out.append((para.start, team))
        return out

    @cached_property
    def report_owners(self) -> list[tuple[int, str]]:
        """(offset, unit) of each rectification report's title on a page that strings several together (中共檀源县委关于
        巡视整改进展情况的通报 … 中共省体育局党组关于…): the unit each report's 我县, 本局, 县委 and 局党组 stand for."""
        text = self.doc.text
        titles = [(m.start(), _report_unit(m.group("unit"))) for m in REPORT_TITLE.finditer(text)
                  if ORG_END.search(m.group("unit")) or m.group("unit").endswith("委员会")] if _lists_report_titles(text) else []
        # (【岭东港口集团有限公司】 / 槐源市： opening each unit's paragraph on a page of a round's reports)
        heads = [(m.start(), unit) for m in (UNIT_HEADING.finditer(text) if "整改" in text else ())
                 if ORG_END.search(unit := m.group("bracketed") or m.group("colon") or m.group("numbered"))
                 and not TEAM_OR_OFFICE.search(unit)]
        return sorted(titles + heads) if len(titles) > 1 or len(heads) > 1 else []

    @cached_property
    def round_years(self) -> list[tuple[int, int]]:
        """(offset, year) of each round named with its year (YEAR_ROUND), read only where a date finds no other year."""
        return [(m.start(), int(m.group("y"))) for m in YEAR_ROUND.finditer(self.doc.text)]

    @cached_property
    def table_rows(self) -> tuple[Row, ...]:
        """The rows of the document's tables of teams, read once for the rules that read them."""
        return table_rows(self.doc.text)

    @cached_property
    def person_names(self) -> frozenset[str]:
        """The names of the people the document names."""
        return frozenset(p.text for p in self.people)

    @cached_property
    def team_rows(self) -> tuple[list["TeamRow"], set[int]]:
        """Those rows that give a team and a target cell, and the teams read (_team_rows), for inspections and feedback."""
        return _team_rows(self)

    def within(self, kind: list[Mention], start: int, end: int) -> list[Mention]:
        """The mentions of ``kind`` inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts[id(kind)], start)
        out = []
        while i < len(kind) and kind[i].start < end:
            if kind[i].end <= end:
                out.append(kind[i])
            i += 1
        return out

    def first_within(self, kind: list[Mention], start: int, end: int) -> Mention | None:
        """The first mention of ``kind`` inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts[id(kind)], start)
        while i < len(kind) and kind[i].start < end:
            if kind[i].end <= end:
                return kind[i]
            i += 1
        return None

    def backwards(self, kind: list[Mention], start: int, end: int) -> Iterator[Mention]:
        """The mentions of ``within(kind, start, end)``, last first, read only as far as asked."""
        i = bisect.bisect_left(self._starts[id(kind)], end) - 1
        while i >= 0 and kind[i].start >= start:
            if kind[i].end <= end:
                yield kind[i]
            i -= 1

    def last_within(self, kind: list[Mention], start: int, end: int) -> Mention | None:
        """The last mention of ``kind`` inside ``[start, end)``."""
        return next(self.backwards(kind, start, end), None)

    def dates_in(self, start: int, end: int) -> list[tuple[Mention, str | None, str | None]]:
        """:func:`dates_in`, resolved once per span (a sentence's dates are asked for per statement)."""
        if (start, end) not in self._dates:
            self._dates[(start, end)] = dates_in(self, start, end)
        return self._dates[(start, end)]

    def deployed_by(self, sentence: Sentence, pos: int) -> re.Match[str] | None:
        """The last DEPLOYED_BY match of ``DEPLOYED_BY.finditer(text, sentence.start, pos)``, from the sentence's
        matches found once: those ending by ``pos``, unless the next one starts before ``pos`` (cut short
        there, the text may hold another match from its start on, at most a match's length before ``pos``)."""
        text = self.doc.text
        if sentence.start not in self._deployed:
            self._deployed[sentence.start] = list(DEPLOYED_BY.finditer(text, sentence.start, sentence.end))
        found = self._deployed[sentence.start]
        i = bisect.bisect_right(found, pos, key=lambda m: m.end())
        last = found[i - 1] if i else None
        if i < len(found) and found[i].start() < pos:
            last = next(reversed(list(DEPLOYED_BY.finditer(text, found[i].start(), pos))), last)
        return last

    def led_body(self, sentence: Sentence | None, pos: int) -> re.Match[str] | None:
        """``LED_BODY.search(text, pos, sentence end)``, from the matches at each 的 of the sentence found once."""
        text = self.doc.text
        start, end = (sentence.start, sentence.end) if sentence else (0, len(text))
        if (start, end) not in self._led_bodies:
            found = []
            i = text.find("的", start, end)
            while i >= 0:
                m = LED_BODY.match(text, i, end)
                if m:
                    found.append(m)
                i = text.find("的", i + 1, end)
            self._led_bodies[(start, end)] = found
        found = self._led_bodies[(start, end)]
        i = bisect.bisect_left(found, pos, key=lambda m: m.start())
        return found[i] if i < len(found) else None

    def round_of(self, sentence: Sentence) -> re.Match[str] | None:
        """The first ROUND of the sentence, searched once."""
        if sentence.start not in self._rounds:
            self._rounds[sentence.start] = ROUND.search(self.doc.text, sentence.start, sentence.end)
        return self._rounds[sentence.start]

    def post_ending(self, end: int) -> Mention | None:
        """The longest post ending at ``end``."""
        return self._posts_by_end.get(end)

    def post_starting(self, start: int) -> Mention | None:
        """The post that covers ``start`` (posts never overlap)."""
        i = bisect.bisect_right(self._starts[id(self.posts)], start) - 1
        return self.posts[i] if i >= 0 and start < self.posts[i].end else None

    def person_ending(self, end: int) -> Mention | None:
        return self._people_by_end.get(end)

    def paragraph_start(self, pos: int) -> int:
        i = bisect.bisect_right(self._para_starts, pos) - 1
        return self._para_starts[i] if i >= 0 else 0

    def paragraph_end(self, pos: int) -> int:
        i = bisect.bisect_right(self._para_starts, pos) - 1
        return self.doc.paragraphs[i].end if i >= 0 else len(self.doc.text)

    def paragraph_before(self, pos: int) -> Block | None:
        """The paragraph before the one holding ``pos`` (None in the first)."""
        i = bisect.bisect_right(self._para_starts, pos) - 1
        return self.doc.paragraphs[i - 1] if i >= 1 else None

    def sentence_index(self, sentence: Sentence) -> int:
        return self._sentence_index[id(sentence)]

    def sentence_after(self, sentence: Sentence) -> Sentence | None:
        """The sentence after ``sentence`` (None after the last)."""
        following = self.sentence_index(sentence) + 1
        return self.doc.sentences[following] if following < len(self.doc.sentences) else None

    def year_of_lead(self, date: Mention) -> int | None:
        """A date without a year before any that states one, on a page that states one year: the news opens with
        the latest event and goes back to the earlier ones, so the date is in that year if it falls on or after
        the first dated event after it (10月29日反馈 … 2014年7月29日至8月29日巡视: 2014), else in the next one
        (2月17日反馈 … 2013年10月29日至12月30日巡视: 2014)."""
        if self._only_year is None:
            return None
        later = next((d for d in self.dates if d.start > date.start and d.attrs["start"]["y"]), None)
        if later is None or not later.attrs["start"]["m"] or not date.attrs["start"]["m"]:
            return self._only_year
        day = (date.attrs["start"]["m"], date.attrs["start"]["d"] or 1)
        return self._only_year + (day < (later.attrs["start"]["m"], later.attrs["start"]["d"] or 1))

    def heading_year(self, pos: int) -> int | None:
        """The year of the last line before ``pos`` that opens with a year alone (一、2021年 / 2023年,溆宁市委… /
        【2022年】): the year of a chronicle's or a review's dates without one, whatever the page's date."""
        i = bisect.bisect_left(self._heading_years, (pos, -1)) - 1
        return self._heading_years[i][1] if i >= 0 else None

    def round_year(self, pos: int) -> int | None:
        """The year of the last round named with its year before ``pos`` (2022年省委第二轮巡视反馈会议召开): the year of
        its dates that state none, on a page whose own date is not known."""
        i = bisect.bisect_left(self.round_years, (pos, -1)) - 1
        return self.round_years[i][1] if i >= 0 else None

    def year_before(self, pos: int, since: int = 0) -> int | None:
        """The year of the last date stating one that starts in ``[since, pos)``."""
        stated = self.stated_before(pos, since)
        return stated[0] if stated else None

    def stated_before(self, pos: int, since: int = 0) -> tuple[int, int | None] | None:
        """The year and month (a range's last) of the last date stating its year that starts in ``[since, pos)``."""
        i = bisect.bisect_left(self._years, (pos, -1)) - 1
        return self._years[i][1:] if i >= 0 and self._years[i][0] >= since else None


def _teams_by_leader(text: str, teams: list[Mention], people: list[Mention]) -> list[Mention]:
    """孙立平带队的巡察组 / 高远、陆一鸣带队的巡察组 / 孙立平组, where the text names the team each leads (第一巡察组(组长
    孙立平), 省委第五巡视组组长何振宇): the team, as many as leaders are listed (分别 pairs them as it pairs listed
    ordinals). A leader the text gives no team of leaves the words as they are."""
    ends = {t.end: t for t in teams if not t.attrs["group"] and t.attrs["ordinal"]}
    led: dict[str, Mention] = {}
    for p in people:
        if (said := LEADER_BEFORE.search(text, max(0, p.start - 8), p.start)) and (team := ends.get(said.start())):
            led.setdefault(p.text, team)
    if not led:
        return teams
    out = list(teams)
    for start, leaders in _leader_lists(text, sorted(led, key=len, reverse=True)):
        after = LED_TEAM_AFTER.match(text, leaders[-1][1])
        if after is None:
            continue
        generic = next((t for t in teams if t.start == after.start("team")), None) if after.group("team") else None
        if after.group("team") and (generic is None or generic.attrs["ordinal"] or generic.attrs["dispatcher"]):
            continue
        out = [t for t in out if t is not generic]
        for k, (name_start, name_end) in enumerate(leaders):
            team = led[text[name_start:name_end]]
            end = after.end() if k == len(leaders) - 1 else name_end
            out.append(written_for(team, text, name_start, end))
    return sorted(out, key=lambda t: (t.start, t.end))


def _leader_lists(text: str, names: list[str]) -> Iterator[tuple[int, list[tuple[int, int]]]]:
    """Where ``names`` (longest first) are written on their own or joined (高远、陆一鸣): each run's start and the spans of
    its names, found by plain search (a pattern of a document's names would be compiled for each document)."""
    found = sorted({(at, at + len(n)) for n in names for at in _occurrences(text, n)
                    if at == 0 or not is_han(text[at - 1]) or text[at - 1] in NAME_JOINERS}, key=lambda x: (x[0], -x[1]))
    by_start: dict[int, int] = {}
    for s_, e_ in found:
        by_start.setdefault(s_, e_)  # (the longest name at a start: names are tried longest first)
    taken = -1
    for s_ in sorted(by_start):
        if s_ < taken:
            continue
        run = [(s_, by_start[s_])]
        while text[run[-1][1]:run[-1][1] + 1] in NAME_JOINERS and run[-1][1] + 1 in by_start:
            run.append((run[-1][1] + 1, by_start[run[-1][1] + 1]))
        taken = run[-1][1]
        yield s_, run


def _occurrences(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _people(doc: Document, by: dict[str, list[Mention]]) -> list[Mention]:
    """PERSON mentions: the rules' own, then a model's where no rule mention overlaps and the context supports it."""
    rules = [m for m in by.get("PERSON", []) if m.source == "rules"]
    text = doc.text
    taken = bytearray(len(text) + 1)  # 1 where a person already taken covers the character
    for m in rules:
        taken[m.start:m.end] = b"\1" * (m.end - m.start)
    post_ends = {p.end for p in by.get("POST", [])}
    out = list(rules)
    out_ends = {p.end for p in out}
    for m in sorted((m for m in by.get("PERSON", []) if m.source != "rules"), key=lambda m: m.start):
        if 1 in taken[m.start:m.end] or not 2 <= len(m.text) <= 4:
            continue
        supported = (m.start in post_ends or TRIGGER.match(text, m.end) or text.startswith("总书记", m.end)
                     or (m.start > 0 and text[m.start - 1] == "、" and m.start - 1 in out_ends))
        if supported:
            out.append(m)
            out_ends.add(m.end)
            taken[m.start:m.end] = b"\1" * (m.end - m.start)
    return sorted(out, key=lambda m: m.start)


# ---------------------------------------------------------------- dates

def document_date(doc: Document) -> tuple[int, int, int] | None:
    issued = doc.metadata.issued
    if issued and re.match(r"^\d{4}-\d{2}-\d{2}$", issued):
        y, m, d = (int(x) for x in issued.split("-"))
        return y, m, d
    return None


def iso(y: int | None, m: int | None, d: int | None) -> str | None:
    if y is None or m is None:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}" if d else f"{y:04d}-{m:02d}"


def resolve_dates(date: Mention, year_hint: int | None, issued: tuple[int, int, int] | None) -> tuple[str | None, str | None]:
    """ISO start and end of a DATE mention; a missing year comes from the range's other end, a year
    stated earlier in the sentence, or the publication date (the year that puts it closest before the publication,
    or at most SOON_AFTER_ISSUED days after it: a notice of 3月22日 announces 3月25日进驻 of that year)."""
    start, end = date.attrs["start"], date.attrs.get("end")
    if start["m"] is None and start["d"]:  # 中央第一巡视组11日向甲省委反馈: a day of the page's month (TEAM_DAY)
        if issued is None:
            return None, None
        y, m = (issued[0], issued[1]) if start["d"] <= issued[2] else \
            (issued[0] - (issued[1] == 1), issued[1] - 1 or 12)
        return iso(y, m, start["d"]), None
    y = start["y"] or year_hint
    if start["y"] is None and issued and (back := date.attrs.get("years_back")) is not None:
        y = issued[0] - back  # 去年4月至6月, on a page of 2024: 2023
    if y is None and issued:
        y = next(year for year in (issued[0] + 1, issued[0], issued[0] - 1)
                 if _days_after((year, start["m"], start["d"] or 1), issued) <= SOON_AFTER_ISSUED)
    first = iso(y, start["m"], start["d"])
    if not end:
        return first, None
    y2 = end["y"] or (y + 1 if y is not None and end["m"] < start["m"] else y)
    return first, iso(y2, end["m"], end["d"])


class RoundPeriod(NamedTuple):
    """The period (ISO start and end) a round's inspections ran, and their mode where the statement gives it."""

    start: str | None
    end: str | None
    mode: str | None = None


def round_period(doc: Document) -> RoundPeriod | None:
    """本轮巡察于5月中旬至6月下旬开展 / 此次巡视从3月10日开始 / 巡察时间为4月10日至6月9日 / 今年3月至5月,4个巡察组对上述
    单位开展了常规巡察: the period a round's inspections ran, stated for the round rather than for any one of them (the
    first such statement), and the mode its sentence gives them (ROUND_MODE)."""
    text = doc.text
    m = (ROUND_PERIOD.search(text) or next((t for t in ROUND_TIME.finditer(text) if _on_inspection(doc, t.start())), None)
         or (ROUND_BACK.search(text) if ROUND_BACK_REFERENCE.search(text) else None))
    if m is None:
        return None
    dates = [d for d in doc.mentions if d.label == "DATE" and m.start("period") <= d.start < m.end("period")]
    if dates and m.re is ROUND_TIME and (dates[0].start != m.start("period") or not dates[0].attrs.get("end")):
        return None  # 巡察时间为2个月左右, 巡察时间为5月10日起: no period stated
    if not dates:
        return None
    sentence = doc.sentence_at(m.start())
    mode = ROUND_MODE.search(doc.text, m.start(), sentence.end) if sentence else None
    start, end = resolve_dates(dates[0], None, document_date(doc))
    done = ENTERED_THEN_DONE.match(text, m.end() - 2) if end is None and m.group().endswith("进驻") else None
    ended = [d for d in doc.mentions if d.label == "DATE" and done and done.end("entered") <= d.start < done.end()]
    if ended:  # 本轮巡察于9月23日进驻,11月15日完成现场巡察: the day it ended closes the period
        end = resolve_dates(ended[-1], int(start[:4]) if start else None, document_date(doc))[0]
        end = end if end and start and end >= start else None
    return RoundPeriod(start, end, _mode(mode.group("mode")) if mode else None)


def _on_inspection(doc: Document, pos: int) -> bool:
    """Whether the sentence at ``pos`` speaks of 巡视 or 巡察."""
    sentence = doc.sentence_at(pos)
    return sentence is not None and any(w in doc.text[sentence.start:sentence.end] for w in ("巡视", "巡察"))


def _days_after(day: tuple[int, int, int], issued: tuple[int, int, int]) -> int:
    """How many days ``day`` (year, month, day) comes after the publication date (negative: before it)."""
    try:
        return (datetime.date(*day) - datetime.date(*issued)).days
    except ValueError:  # 2月30日 as written: read as the month's end
        return (datetime.date(day[0], day[1], 28) - datetime.date(*issued)).days


def dates_in(ctx: Ctx, start: int, end: int) -> list[tuple[Mention, str | None, str | None]]:
    """The resolved dates in ``[start, end)``. A date without a year takes the last year stated before it
    in its paragraph; else the publication date decides; else the last year stated before it at all; else, on a
    page that states one year, the date the story opens with is on or after the first dated event it goes
    back to (``Ctx.year_of_lead``)."""
    issued = document_date(ctx.doc)
    out = []
    for m in ctx.within(ctx.dates, start, end):
        year = None
        if not m.attrs["start"]["y"]:
            stated = ctx.stated_before(m.start, ctx.paragraph_start(m.start))
            year = stated[0] if stated else ctx.heading_year(m.start)
            if year is None and issued is None:
                year = ctx.year_before(m.start) or ctx.year_of_lead(m) or ctx.round_year(m.start)
            elif stated and stated[1] and m.attrs["start"]["m"] and m.attrs["start"]["m"] < stated[1] and issued and \
                    (year + 1, m.attrs["start"]["m"], m.attrs["start"]["d"] or 1) <= issued:
                year += 1  # (2024年9月中旬至12月上旬巡视…1月14日反馈, on a page of 2025-01-17: the January after)
        s, e = resolve_dates(m, year, issued)
        out.append((m, s, e))
    return out


def _first_day(dated: list[tuple[Mention, str | None, str | None]]) -> str | None:
    """The first of ``dated`` (dates_in) where it is one day, resolved, not a range: the day a line or a cell gives."""
    return dated[0][1] if dated and dated[0][1] and not dated[0][2] else None


SAME_PERIOD = re.compile(r"同期|同一时期")  # a clause dated by the period said before it


def last_date_before(ctx: Ctx, sentence: Sentence, pos: int) -> tuple[Mention, str | None, str | None] | None:
    """The last date of the sentence that ends by ``pos``."""
    found = ctx.dates_in(sentence.start, sentence.end)
    i = bisect.bisect_left(found, pos, key=lambda d: d[0].start) - 1
    while i >= 0 and found[i][0].end > pos:
        i -= 1
    if i >= 0 and SAME_PERIOD.search(ctx.doc.text, max(sentence.start, pos - 4), pos):
        # 第一巡察组于4月8日至5月31日对A开展巡察,7月5日反馈;第二巡察组于同期对B: the period, not the day after it
        i = next((j for j in range(i, -1, -1) if found[j][2]), i)
    return found[i] if i >= 0 else None


# ---------------------------------------------------------------- people and posts

def post_chain(ctx: Ctx, start: int) -> list[Mention]:
    """The posts written right before ``start`` (a name), outermost first: 市委常委、纪委书记、监委主任.
    A post after 任/为 or after another name belongs to that other person (冯利霞任组长,区长顾崇豪)."""
    text = ctx.doc.text
    cur = ctx.post_ending(start) or ctx.post_ending(post_gap_start(text, start))
    rank = RANK_BEFORE.search(text, max(0, start - 12), start)
    cur = cur or (ctx.post_ending(rank.start()) if rank else None)
    chain: list[Mention] = []
    while cur is not None:
        chain.append(cur)
        sep = cur.start - 1
        if sep < 1 or text[sep] not in POST_SEPARATORS:
            break
        prev = ctx.post_ending(sep)
        if prev is None or text[prev.start - 1:prev.start] in ("任", "为") or ctx.person_ending(prev.start) or \
                TAKEN_BEFORE.search(text, max(0, prev.start - 12), prev.start):
            break  # (某某担任巡察整改工作领导小组组长,党委副书记…乙某: the 组长 is 某某's)
        cur = prev
    return chain[::-1]


def chain_orgs(chain: list[Mention]) -> list[str | None]:
    """The organisation of each post in a chain. An organ written bare (纪委, 政法委) or a post that implies
    its body (区长) takes its place from the committee before it (市委常委、纪委书记 → 市纪委)."""
    out: list[str | None] = []
    committee: str | None = None
    for p in chain:
        org = p.attrs.get("org")
        head = bare_head(p.attrs["head"])
        if org is None and head in IMPLIED_ORG:
            place = _place_of(committee) if committee else None
            org = (place if place and place.endswith(head[0]) else head[0]) + IMPLIED_ORG[head]
        elif org is None and committee and head in COMMITTEE_POSTS:
            org = committee  # 市委常委、秘书长 → 市委
        elif org is None and out and out[-1] and head in HEAD_OF:
            # 县市场监督管理局党组书记、局长 → the 局 whose party group came before.
            body = PARTY_BODY.sub("", out[-1])
            org = body if body != out[-1] and (body.endswith(HEAD_OF[head]) or head in ENTERPRISE_HEADS) else None
        elif org and committee and p.attrs.get("org_label") == "ORG" and org in UNIT_SET:
            org = _derive(committee, org)
        out.append(org)
        if org and p.attrs.get("org_label") == "ORG" and COMMITTEE_LEVEL.search(org):
            committee = org
    return out


def _place_of(committee: str) -> str:
    """下花园区委 → 下花园区, 市委 → 市, 雄安新区党工委 → 雄安新区."""
    level = LEVEL_COMMITTEE.search(committee)
    return committee[:level.start() + 1] if level else COMMITTEE.match(committee).group("place")


def _derive(committee: str, unit: str) -> str:
    """政法委 after 区委 → 区委政法委; 纪委 after 市委 → 市纪委; 纪工委 after 雄安新区党工委 → 雄安新区纪工委."""
    if unit in COMMITTEE_ORGANS:
        return committee + unit
    if unit in LEVEL_BODIES:
        return _place_of(committee) + unit
    return unit


def people_and_posts(ctx: Ctx) -> None:
    """A Person per name and a Membership per post: the posts before it, 任X after it, 总书记, a byline role;
    a name in a list after a post (领导吴峻峰、吴杰) holds the posts of the list's first name."""
    doc, text, facts = ctx.doc, ctx.doc.text, ctx.doc.facts
    persons: dict[str, Person] = {}
    held: dict[int, list[tuple[str, str | None]]] = {}  # person start → its (role, organisation) from posts
    taken_posts = _taken_posts(ctx)
    aligned = _aligned_leaders(ctx)
    row_teams = _row_teams(ctx) if any(p.attrs.get("cue", "").startswith("column:") for p in ctx.people) else {}
    for person in ctx.people:
        ev = doc.evidence(person.start, person.end)
        persons.setdefault(person.text, Person(person.text)).evidence.append(ev)
        posts: list[tuple[str, str | None]] = []
        chain = post_chain(ctx, person.start)
        for post, org in zip(chain, _led_after(ctx, chain, chain_orgs(chain), held)):
            if post.attrs.get("org_label") is None and bare_head(post.attrs["head"]) in TEAM_POSTS:
                org = _nearest_team(ctx, post.start) or _team_spoken_for(ctx, person.end) or _card_team(ctx, post.start)
            elif org in BARE_TEAMS and bare_head(post.attrs["head"]) in TEAM_POSTS:
                org = _nearest_team(ctx, post.start) or org  # 中央第十巡视组对A进行了巡视。巡视组组长某某: that team
            elif org is None and post.attrs.get("org_label") is None and bare_head(post.attrs["head"]) in HEAD_OF:
                org = _unit_headed(ctx, post)
            posts.append((post.attrs["role"], org))
        first = ctx.person_ending(person.start - 1) if text[person.start - 1:person.start] in NAME_JOINERS else None
        if not chain and first is not None:
            posts += held.get(first.start, [])
        after = ctx.post_starting(person.end) if person.attrs.get("cue") == "post-after" else None
        if after is not None and after.start == person.end:
            posts.append((after.attrs["role"], after.attrs.get("org")))  # 孙某书记, 习近平总书记
        elif text.startswith("总书记", person.end):
            posts.append(("总书记", None))
        if person.start in taken_posts:
            posts.append(taken_posts[person.start])
        if not chain and RESUME_OPENING.match(text, person.end):
            posts += _resume_posts(ctx, person)
        if person.attrs.get("cue") == "appointed" and (to := APPOINTED_TO.match(text, person.end)):
            posts += _posts_of_clause(ctx, to.end(), _sentence_end_at(text, to.end(), ctx.paragraph_end(to.end())))
        bracketed = _bracketed_posts(ctx, person.end)
        for post, org in zip(bracketed, chain_orgs(bracketed)):
            if org is None and bare_head(post.attrs["head"]) in TEAM_POSTS:
                org = _nearest_team(ctx, post.start)  # 第三巡察组:张某(组长)、李某(副组长)
            posts.append((post.attrs["role"], org))
        cue = person.attrs.get("cue", "")
        if cue.startswith("byline:") and cue.split(":", 1)[1] not in NOT_A_POST:
            posts = [(cue.split(":", 1)[1], person.attrs.get("outlet"))] + posts
        elif cue.startswith("column:") and not posts:  # a table's 组长 column: the row's team
            posts = [(cue.split(":", 1)[1], row_teams.get(person.start) or _nearest_team(ctx, person.start))]
        elif cue.startswith("is:") and not posts:  # …进驻A,组长为某某: the team of the clause before
            posts = [(cue.split(":", 1)[1], _nearest_team(ctx, person.start))]
        elif cue.startswith("listed:") and not posts:
            posts = [(cue.split(":", 1)[1], None)]  # 张三、李四等县领导: the body the list stands for
        if person.start in aligned:  # 第五、第六巡察组组长(分别为)甲某、乙某: each name leads its team, in order
            posts = [(r, aligned[person.start] if bare_head(r) in TEAM_POSTS else o) for r, o in posts]
        held[person.start] = [p for p in posts if not cue.startswith("byline:") or p[0] != cue.split(":", 1)[1]]
        for role, org in posts:
            facts.memberships.append(Membership(person.text, role, org, [ev]))
    facts.people.extend(persons.values())


# In a résumé, the clauses that give posts held, held before or proposed: 现任A、B。曾任C。拟任D.
RESUME_POSTS = re.compile(r"(?:现任|曾任|历任|先后任|拟任|拟提名为|拟推荐为|兼任)")


def _resume_posts(ctx: Ctx, person: Mention) -> list[tuple[str, str | None]]:
    """郝某某,男,汉族,…现任省委教育工委副书记、省教育厅党组成员,曾任省教育厅副厅长。拟任…: the posts each clause of
    the résumé's paragraph names after 现任/曾任/拟任 (a chain, its bodies shared as in 市委常委、市纪委书记)."""
    text = ctx.doc.text
    end = ctx.paragraph_end(person.end)
    out: list[tuple[str, str | None]] = []
    for m in RESUME_POSTS.finditer(text, person.end, end):
        out += _posts_of_clause(ctx, m.end(), _sentence_end_at(text, m.end(), end))
    return out


# 任命某某为…: what stands between the appointed name and its posts.
APPOINTED_TO = re.compile(r"(?:同志)?为")


def _posts_of_clause(ctx: Ctx, start: int, end: int) -> list[tuple[str, str | None]]:
    """The posts a clause names in a chain (its bodies shared as in 市委常委、市纪委书记); not a rank (正厅长级) nor a word
    inside an organ's name (领导小组)."""
    text = ctx.doc.text
    chain = [p for p in ctx.within(ctx.posts, start, end) if not text.startswith(("级", "小组"), p.end)]
    return [(post.attrs["role"], org) for post, org in zip(chain, chain_orgs(chain))]


def _sentence_end_at(text: str, start: int, end: int) -> int:
    """Where the statement from ``start`` ends: its 。/；, or ``end``."""
    found = STATEMENT_END.search(text, start, end)
    return found.start() if found else end


def _unit_headed(ctx: Ctx, post: Mention) -> str | None:
    """市人民医院组织医疗队,由院长某某带队 / 县第一中学召开大会,校长某某作报告: a head written bare (院长, 校长, 局长)
    heads the one unit of its kind the sentence names before it (its party body left out)."""
    sentence = ctx.doc.sentence_at(post.start)
    if sentence is None:
        return None
    kind = HEAD_OF[bare_head(post.attrs["head"])]
    units = {PARTY_BODY.sub("", o.text) for o in ctx.within(ctx.orgs, sentence.start, post.start)}
    units = {u for u in units if u.endswith(kind)}
    return units.pop() if len(units) == 1 else None


def _row_teams(ctx: Ctx) -> dict[int, str]:
    """The team of each cell of a table's post columns (组长, 副组长), by the cell's start: the row's team cell,
    or the team of the row it continues (a table one cell a line has no team in the cell's paragraph), and so of a
    roster's name (组别 姓名 职务); in a roster by unit (序号 单位 姓名 职务), the row's unit."""
    out: dict[int, str] = {}
    team: str | None = None
    for row in ctx.table_rows:
        named, unit = row.cell(NAME_COLUMNS), row.cell(UNIT_COLUMNS)
        if named and unit:
            out[named[1][0]] = ctx.doc.text[slice(*unit[1])]
        team_cell = row.cell(TEAM_COLUMNS)
        if team_cell is not None:
            teams = ctx.within(ctx.named_teams, *team_cell[1])
            team = team_name(teams[0]) if teams else None
        for head, (a, _) in row.cells.items():
            if (head in POST_COLUMNS or (head in NAME_COLUMNS and not unit)) and team is not None:
                out[a] = team
    return out


def _bracketed_posts(ctx: Ctx, end: int) -> list[Mention]:
    """The posts in brackets right after a name ending at ``end`` (张某(县纪委副书记、县监委副主任)), when the
    brackets hold nothing else."""
    text = ctx.doc.text
    if text[end:end + 1] not in BRACKETS_OPEN:
        return []
    close = min((i for i in (text.find(c, end, end + 60) for c in BRACKETS_CLOSE) if i >= 0), default=-1)
    if text[close - 1:close] == "级":
        return []  # 宋某(副部长级): a rank, no post
    inside = ctx.within(ctx.posts, end + 1, close) if close > 0 else []
    at = end + 1
    for post in inside:
        if post.start != at and not (post.start == at + 1 and text[at] in POST_SEPARATORS):
            return []
        at = post.end
    return inside if inside and at == close else []


def _taken_posts(ctx: Ctx) -> dict[int, tuple[str, str | None]]:
    """Person start → the post the person takes: 冯某任组长 / 组长由冯某担任 (the body the sentence names for it,
    a bare team post the team named before), shared by the names listed before (张某、李某任副组长)."""
    text = ctx.doc.text
    out: dict[int, tuple[str, str | None]] = {}
    last: tuple[int, str, str] | None = None  # sentence start, bare head and organisation of the last post placed
    for person in ctx.people:
        taken = TAKES_POST.match(text, person.end)
        post = ctx.post_starting(taken.end()) if taken else None
        unit = None
        if taken and post is None:  # 某某同志任市农业农村局一级调研员: the unit, then the post held in it
            later = ctx.first_within(ctx.posts, taken.end(), taken.end() + MAX_UNIT_BEFORE_POST)
            written = text[taken.end():later.start] if later else ""
            if later and ORG_END.search(written) and not LIST_STOP.search(written):
                post, unit = later, written
            elif later and later.attrs.get("org") and re.fullmatch(r"[\u4e00-\u9fff]{1,8}", written):
                post, unit = later, written + later.attrs["org"]  # 担任巡察整改工作领导小组组长: the body's name in full
        if post is None and TAKEN_BY.match(text, person.end):
            first = person  # 副组长由李某、王某担任: the post before 由 and the first name of the list
            while text[first.start - 1:first.start] == "、" and (before := ctx.person_ending(first.start - 1)):
                first = before
            titled = post_chain(ctx, first.start)  # 组长由县法院党组成员、副院长某某担任: the name's own posts first
            opens = titled[0].start if titled else first.start
            post = ctx.post_ending(opens - 1) if text[opens - 1:opens] == "由" else None
        if post is None:
            continue
        sentence = ctx.doc.sentence_at(person.start)
        body = ctx.led_body(sentence, post.end)
        org = unit or post.attrs.get("org") or (body.group("body") if body else None)
        head, at = bare_head(post.attrs["head"]), sentence.start if sentence else -1
        if org is None and last is not None and last[:2] == (at, head):
            org = last[2]  # 领导小组组长由A担任,副组长由B担任: a deputy of the body the sentence placed its head in
        if org is None and sentence is not None:
            formed = list(FORMED_BODY.finditer(text, sentence.start, person.start))
            org = formed[-1].group("body") if formed else None
        if org is None and head in TEAM_POSTS:
            org = _nearest_team(ctx, post.start)  # 由A同志担任区委第二巡察组组长,B同志担任副组长
        last = (at, head, org) if org else last
        out[person.start] = (post.attrs["role"], org)
    opening = {}  # where a name's own posts start (or the name, without them) → the name's start
    for person in ctx.people:
        chain = post_chain(ctx, person.start)
        opening[chain[0].start if chain else person.start] = person.start
    for person in reversed(ctx.people):
        nxt = opening.get(person.end + 1) if text[person.end:person.end + 1] == "、" else None
        if nxt is None or nxt not in out or person.start in out:
            continue
        chain = post_chain(ctx, person.start)
        # 由党委书记甲、校长乙任组长: names listed after 由 take the post together, whatever posts they hold
        if not chain or (nxt != person.end + 1 and text[chain[0].start - 1:chain[0].start] == "由"):
            out[person.start] = out[nxt]
    return out


def _led_after(ctx: Ctx, chain: list[Mention], orgs: list[str | None],
               held: dict[int, list[tuple[str, str | None]]]) -> list[str | None]:
    """学院党委书记林晓东、院长陈美玲: a head written bare after the party secretary listed before
    leads the unit whose party committee that secretary's post names (学院党委 → 学院), a 镇长 governs
    the 镇 whose 镇党委 it names (城关镇党委书记王强和镇长李红 → 城关镇政府); a deputy
    written bare after the head listed before is of the head's body (巡视办主任周明、副主任吴刚)."""
    head = bare_head(chain[0].attrs["head"]) if chain else ""
    implied = head in IMPLIED_ORG and orgs[0] == head[0] + IMPLIED_ORG[head]
    if not chain or (orgs[0] is not None and not implied):
        return orgs
    text = ctx.doc.text
    before = ctx.person_ending(chain[0].start - 1) if text[chain[0].start - 1:chain[0].start] in "、和及与" else None
    for role, org in held.get(before.start, []) if before else []:
        body = PARTY_BODY.sub("", org or "")
        if implied:
            if body != org and body.endswith(head[0]):
                return [body + IMPLIED_ORG[head]] + orgs[1:]  # 城关镇党委书记王强和镇长李红: 城关镇政府
            continue
        if head in HEAD_OF and body and body != org and body.endswith(HEAD_OF[head]):
            return [body] + orgs[1:]
        if org and role.endswith(head) and len(chain) == 1:
            return [org]  # 省委巡视办主任周明、副主任吴刚: the deputy of the same body
    return orgs


def _team_spoken_for(ctx: Ctx, end: int) -> str | None:
    """组长张某代表区委第二巡察组反馈: the team a name ending at ``end`` speaks for, named right after 代表."""
    if not ctx.doc.text.startswith(SPEAKING_FOR, end):
        return None
    team = ctx.within(ctx.named_teams, end + len(SPEAKING_FOR), end + len(SPEAKING_FOR) + 24)
    return team_name(team[0]) if team and team[0].start == end + len(SPEAKING_FOR) else None


NAME_REACH = 8  # a person's name, with a compound surname or a 同志, is shorter


ALIGNED_AFTER = re.compile(r"(?:分别)?(?:为|是)?")  # between a post the teams share and the names in their order


def _aligned_leaders(ctx: Ctx) -> dict[int, str]:
    """Person start → the team it leads, where teams listed by ordinal share one post and as many names follow it
    (第五、第六、第七巡察组组长甲某、乙某、丙某分别向A、B、C反馈: 甲某 leads the 5th, 乙某 the 6th, 丙某 the 7th)."""
    text = ctx.doc.text
    out: dict[int, str] = {}
    for post in ctx.posts:
        team = ctx.last_within(ctx.teams, post.start, post.end) if bare_head(post.attrs["head"]) in TEAM_POSTS else None
        if team is None or not text.startswith("、", team.start - 1):
            continue
        teams = [team]
        for before in ctx.backwards(ctx.teams, max(0, team.start - 40), team.start):
            if text[before.end:teams[0].start] not in TEAM_JOINERS:
                break
            teams.insert(0, before)
        names = []
        at = ALIGNED_AFTER.match(text, post.end).end()  # (组长分别为甲、乙和丙)
        while ((name := ctx.first_within(ctx.people, at, at + NAME_REACH)) is not None and name.start == at
               and len(names) < len(teams)):
            names.append(name)
            at = name.end + 1 if text.startswith(("、", "和"), name.end) else -1
        if len(names) == len(teams) > 1 and at == -1:
            out.update((name.start, team_name(t)) for name, t in zip(names, teams))
    return out


def _nearest_team(ctx: Ctx, pos: int) -> str | None:
    """The team a bare 组长/副组长 belongs to: the last one named before it in the same paragraph."""
    before = ctx.last_within(ctx.named_teams, ctx.paragraph_start(pos), pos)
    return team_name(before) if before else None


def team_name(team: Mention) -> str:
    """A team mention's name: its text, or for 第一 of 区委第一、第二巡察组 the team it names (区委第一巡察组)."""
    return team.attrs.get("name", team.text)


def raw_teams(ctx: Ctx) -> None:
    """One raw Team per team mention; resolve merges them into the document's teams. A team written
    without its dispatcher takes the committee whose 部署 the sentence cites (根据市委统一部署,第二巡察组…)."""
    text = ctx.doc.text
    listed: dict[int, str | None] = {}  # team end → its dispatcher, for the team listed after it
    for m in ctx.teams:
        a = m.attrs
        dispatcher = a["dispatcher"]
        sentence = ctx.doc.sentence_at(m.start)
        if dispatcher is None and not a["group"]:
            # 市委第一巡察组、第二巡察组: a team listed after another shares its dispatcher.
            dispatcher = next((listed[m.start - len(j)] for j in TEAM_JOINERS if text.endswith(j, 0, m.start)
                               and m.start - len(j) in listed), None)
        if dispatcher is None and not a["group"] and sentence is not None:
            cited = ctx.deployed_by(sentence, m.start)
            if cited and cited.group("round_of"):  # (a round of 巡视 sends no 巡察组)
                dispatcher = cited.group("round_of") if cited.group("round_kind") == a["kind"] else None
            else:
                dispatcher = cited.group("committee") if cited else None
        listed[m.end] = dispatcher
        name = team_name(m)
        aliases = [name] + ([m.text] if "sub" in a and m.text != name else [])  # (第一小组 written alone: its name too)
        aliases += [a["written"]] if "written" in a else []  # (省委第三轮巡视第一组: as written, with its round)
        ctx.doc.facts.teams.append(Team(name=name, aliases=aliases, kind=a["kind"], ordinal=a["ordinal"],
                                        dispatcher=dispatcher, evidence=[ctx.doc.evidence(m.start, m.end)]))


# ---------------------------------------------------------------- inspections and feedback

@lru_cache(maxsize=1)  # (asked by relations' context and by resolve for the same text: read once, shared, read only)
def defined_short_names(text: str) -> dict[str, str]:
    """short name → full name, for each short name the text defines after a full one (``SHORT_NAME_DEFINED``), and each
    known one (KNOWN_SHORT_NAMES) whose full name the text writes too.
    The full name is the shortest that starts where a name may, ends like an organisation and writes the short
    name's characters in order (the whole 市住房和城乡建设局 for 市住建局, not 城乡建设局 after its 和). A short
    name that is only a kind of unit (集团, 学校) or that does not write the full name's characters (学校 for
    复旦大学) says which unit the text means, not another name of it, and is left out; so is a team's (巡视组 for
    省委第三巡视组), which the team rules name."""
    out: dict[str, str] = {}
    bracketed = SHORT_NAME_BRACKETED.finditer(text) if "（" in text or "(" in text else ()
    for m in itertools.chain(SHORT_NAME_DEFINED.finditer(text), bracketed):
        short = m.group("short")
        if ORG_END.fullmatch(short) or GENERIC_TARGET.match(short) or short in out:
            continue
        clause_start = max(text.rfind(c, 0, m.start()) for c in ",，。;；:：、\n“”《》()（）") + 1
        # (no word defines a bracketed one: its name may start after any word no name holds, 同时兼顾A（短） / 外交部和B（短）)
        may_start = ORG_STOP if m.re is SHORT_NAME_BRACKETED else NAME_MAY_START
        starts = [clause_start] + [b.end() for b in may_start.finditer(text, clause_start, m.start())]
        names = [full for at in starts if len(full := text[at:m.start()]) > len(short) and ORG_END.search(full)
                 and not INSPECTING.search(full) and in_order(short, full)]
        if names:
            out[short] = min(names, key=len)
    # (中国科协 in the lead, 中国科学技术协会 in a team's paragraph: a national body's short name, known, where the page
    # writes its full name too)
    for short, fulls in KNOWN_SHORT_NAMES.items():
        if short not in out and short in text and (full := next((f for f in fulls if f in text), None)):
            out[short] = full
    return out


# (2) right after a unit's name (县农业农村局党组(2)县林业局党组): the next item of a numbered list run together.
NUMBERED_ITEM_AFTER_UNIT = re.compile(r"(?<=[组委支部会院局司心站所校队办])\s*[（(]\d{1,2}[)）]\s*(?=[\u4e00-\u9fff])")
CIRCLED_ITEM = re.compile(r"\s*[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*")
INLINE_NUMBER = re.compile(r"(?:^|(?<=[\s、]))\s*\d{1,2}[.．、](?!\d)\s*")  # (1.A 2.B: items numbered in a line, after a space)
# The date a list's title carries after it (…进驻A、B    2025-03-12 / …反馈巡察情况 [2024-11-26]): no part of its last unit.
TITLE_DATE_AFTER = re.compile(r"(?:[ \t\u3000]+[\[(（]?|[\[(（])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[\])）]?$")  # (…情况 2023-11-27 / …情况（2022-06-30）)


# A count of units and then, after 即, the units it counts (所辖12个村即A、B…): the count goes, the units stay.
COUNT_THEN_NAMED = re.compile(r"^[^、,，]{0,20}?" + UNIT_COUNT + r"[\u4e00-\u9fff（()）]{1,12}?[,，]?即[:：]?")
# 三家政策性银行——A、B、C；“一行两会一局”，即D、E；省直单位8个:F、G: a counted kind before a dash or a colon, or a nickname
# before 即, labelling the units after it in a list (no unit itself).
LABEL_BEFORE_UNITS = re.compile(r"(?:^|(?<=[、,，;；\n]))[ \t\u3000]*(?:[\d一二三四五六七八九十两]+(?:家|个|所|大)[\u4e00-\u9fff]{1,10}?——"
                                r"|[\u4e00-\u9fff]{2,10}?[\d一二三四五六七八九十两]+(?:家|个|所)[:：]"
                                r"|[\u4e00-\u9fff“”\"「」]{2,12}?[,，]即[:：]?)")
PROVINCE_OPENING = re.compile("|".join(sorted(PROVINCES, key=len, reverse=True)))


def _after_province(unit: str) -> str | None:
    """What a unit's name adds to the province it opens with (山西高院党组 → 高院党组), where it opens with one and names a
    party body of a unit of it (not the province's own level: 河北、山西省委 stays as it is read), else None."""
    province = PROVINCE_OPENING.match(unit)
    rest = unit[province.end():] if province else ""
    # (not 北京、天津…和新疆生产建设兵团: a unit of its own after the provinces, no body of each)
    # (nor 河北、山西…贵州5省区党委: a count of them)
    return rest if rest.endswith(("党组", "党委")) and len(rest) > 2 and "兵团" not in rest \
        and not rest.startswith(("省", "市", "自治区")) and not re.match(r"[\d一二三四五六七八九十两]", rest) else None


# 市文广旅局等5个单位(A、B、C、D、E)党组织 / 县教育系统3个单位党组织(A党组、B党委、C党支部): the units the count
# counts, named in its bracket.
COUNT_THEN_BRACKETED = re.compile(r"^(?:[^、,，()（）]{0,20}?等)?[^、,，()（）]{0,10}?(?P<n>" + UNIT_COUNT +
                                  r")[\u4e00-\u9fff]{0,8}?[(（](?P<units>[^()（）]{2,}?(?:、[^()（）]{2,}?)+)[)）]"
                                  r"(?:党组织|党委|党组)?$")
# 等 or a count of the units before a comma: the end of a list (A、B、C等，通稿未列明由哪个巡视组负责 / A、B及C 3家单位，官方…).
CLOSED_BY_ETC = re.compile(r"(?:等|" + UNIT_COUNT + r"[\u4e00-\u9fff]{0,8}?(?:单位|党组织|党委|党组|企业|高校|部门))[,，]"
                           # (A、B2所高校党委，以及C / A等12家中管企业，B等3家金融企业: the list goes on)
                           r"(?!以及|及|和|与|并|[^,，。;；]{0,40}?等\s*" + UNIT_COUNT + ")")
# A clause after a comma that says something of the list (A和B，但未说明由哪一组负责 / C、D，官方并未公布分工): its end.
CLAUSE_ON_THE_LIST = re.compile(r"[,，](?=但|并未|却|官方|尚未|暂未|未[^,，。;；]{0,4}(?:说明|列明|公布|注明))")
# …，但未说明由哪一组负责 / 未公布具体组别 / 并未说明分工: the page says no team for the units it lists.
NO_TEAM_SAID = re.compile(r"未(?:有)?(?:说明|列明|公布|注明|透露)[^。；;]{0,12}?(?:由哪|哪一|哪个|具体组别|组别|分工)")
# 等 and what the list's items are, closing it (A、B等保供电线路 / C、D等国有金融企业).
OTHER_THINGS_AFTER_ETC = re.compile(r"、[^、]+等(?P<kind>[\u4e00-\u9fff]{2,8})$")
# A、B及C等 / A、B等8个省级党委 closing a list: the units before it.
CLOSED_BY_ETC_TAIL = re.compile(rf"(?:等|及其他|及其它)(?:{UNIT_COUNT})?[\u4e00-\u9fff（()）]{{0,12}}$")
# 包括A、B和C在内的16个中管金融单位党组织: the units named, of the ones counted.
INCLUDING = re.compile(r"^包括|在内的.*$")
# What opens a clause as hearsay (据悉, 据了解), before the unit a list names.
HEARSAY = re.compile(r"^(?:据悉|据了解|据介绍|据报道|另据悉|据称)[,，]?")


def split_targets(ctx: Ctx, start: int, end: int, for_feedback: bool) -> list[str]:
    """The organisations in a target list: 、-separated, 和/及/与 only between two organisation names,
    without 等N个单位; for feedback, a person's post stands for its organisation (区委书记王小军 → 区委)."""
    text = ctx.doc.text
    if text.startswith("话", start) and text[start - 1:start] == "对":
        return []  # 对话某医院党委书记: a dialogue with someone, not a list after the preposition 对
    if "关于" in text[start:end]:
        return []  # 中共甲县向城镇委员会关于县委巡察反馈意见…: a report's title read over its preposition, no unit
    span = SHORT_NAME_DEFINED.sub("", text[start:end]).strip()  # 中国第一汽车集团公司(以下简称一汽) → its full name
    span = SHORT_AFTER_BODY.sub(lambda m: m["name"] if in_order(m["short"], m["name"]) else m.group(), span) \
        if "（" in span or "(" in span else span  # 中国证券监督管理委员会党委（中国证监会）: the press's short name after it
    span = QUOTED_UNIT.sub(r"\g<unit>", span)  # 「粤达交通投资集团」、「南海港航集团」: units in quotes, as the Hong Kong press writes them
    quoted = {m.group("unit") for m in QUOTED_BRAND.finditer(span)}  # 「华泰能源」和「天衡电力」: units by their brands
    span = QUOTED_BRAND.sub(r"\g<unit>", span) if quoted else span
    span = BULLET.sub("", span, count=1) if BULLET.match(span) else span  # ◆临港分行党委召开…: the line's bullet
    span = TITLE_DATE_AFTER.sub("", span)  # …进驻A、B    2025-03-12: a listed title's date after it
    span = LINK_AFTER_UNIT.sub("", span)  # 甲区委　整改进展情况⏎乙区委　整改进展情况: each line's link to its unit's report
    span = UNCLOSED_NOTE.sub("", span)  # 进驻A、B（同步对所辖村党组织开展巡察）: the verb inside B's note closed the span
    span = re.sub(r"^(?:分别|了|赴)+", "", span)  # 分别赴A、B: the team goes to them
    span = HEARSAY.sub("", span)  # 据悉「绿色银行」由中央第十五巡视组巡视: the unit, not the source
    span = INCLUDING.sub("", span)  # 包括A、B在内的16个单位: A and B
    span = BODY_ALTERNATIVE_JOINED.sub("", span)  # 30家中管企业党组（党委）和A: the body some of them have instead
    span = COUNT_THEN_NAMED.sub("", span)  # 石门镇所辖12个村即石门村、枫林村…: the units named after 即
    span = LABEL_BEFORE_UNITS.sub("", span)  # 三家政策性银行——A、B: the units the label is of
    if (dash := span.rfind("——")) > 0 and not ORG_END.search(span[dash + 2:]):
        span = span[:dash]  # A、B、C——三家单位均为首次接受巡察: a remark after the list
    span = span[:closed.end() - 1] if (closed := CLOSED_BY_ETC.search(span)) else span  # A、B等，通稿未列明…: its end
    span = span[:said.start()] if (said := CLAUSE_ON_THE_LIST.search(span)) else span  # A和B，但未说明…: its end
    if (etc := OTHER_THINGS_AFTER_ETC.search(span)) and not ORG_END.search(etc.group("kind")) and not GROUP_TAIL.search(span):
        return []  # 对重要用户、医院、供水企业等保供电线路开展巡视: things of another kind (lines patrolled), no units
    if (bracketed := COUNT_THEN_BRACKETED.match(span)) and numeral_value(bracketed.group("n")[:-1]) == len(
            bracketed.group("units").split("、")):
        span = bracketed.group("units")
    span = re.sub(r"^(?:被?(?:巡察|巡视))?对象[:：]", "", span)  # 第二组⏎对象:A、B: a card's label
    span = TIME_BEFORE_UNIT.sub("", span)  # 去年医院接受了市委巡察: the unit, not the year
    span = PLACE_REFERENCE_BEFORE_UNIT.sub("", span)  # 该镇石门村党总支: the unit, within the place named before
    span = PLACE_LABEL.sub("", span)  # 白沙街道：A、B；金鸡镇：C: the units, each group under its place's label
    span = UNDER_PLACE_BEFORE_UNITS.sub("", span)  # 临澄市所辖澄东区、白沙坪县: the units, not the place they are in
    span = CONTAINED_UNITS.sub(r"、\g<units>", span)  # 澜州市(含澜城区、北溪县): the city and the units it takes in
    each = span.startswith("各")  # 向各村党支部反馈: every inspected unit of that kind (resolve expands it)
    span = span.lstrip("各")
    span = ROUND_UNITS.sub("", span)  # 十五届县委第六轮巡察的A、B: the round's units
    span = re.sub(r"(?:进行|作|做)了?[“\"][^”\"]{1,8}[”\"]$", "", span)  # 向A进行了“一对一”反馈
    # A等9家单位,以及B; 镇党委及其所辖村党组织; 甲市及其所属A区、B县 (named places: not 甲集团及其所属单位, one unit); 第N轮
    # 巡察的A、B党委,C、D党组 (a list over a comma)
    on_lines = "\n" in span  # (units one a line: each written in full, no party body shared over the lines)
    span = re.sub(rf"[,，]?以及|{WITH_UNITS_UNDER.pattern}|[,，;；\n|｜/／]", "、", span)  # (甲学院党委｜乙学院党委 / A/B: a card's cells)
    # 向市教育局党组 市财政局党组反馈: units parted by spaces where the page lost its 、 (in a part 、 parts too: A　B、C)
    span = "、".join("、".join(spaced) if len(spaced := part.split()) > 1 and all(
        (len(p) >= 3 or ONE_CHARACTER_PLACE.fullmatch(p)) and ORG_END.search(p) for p in spaced) else part
        for part in span.split("、"))
    if COUNTED_KINDS.match(span):
        return [span]  # 对22个地方、单位党组织开展巡视: one count of the units of two kinds, no list
    span = COUNTED_LIST_AND.sub(r"\1、", span)
    span = re.sub(r"(?:^|(?<=、))\s*(?:\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,3}[ \t\u3000]+(?=\D))", "", span)  # numbered items
    span = re.sub(rf"(?:^|(?<=、))(?:{BULLET.pattern})", "", span)  # ■A⏎■B: each line's bullet
    span = NUMBERED_ITEM_AFTER_UNIT.sub("、", span)  # (1)A(2)B(3)C: items run together where the copy lost their lines
    span = DAY_BEFORE_UNIT.sub("", span)  # 5月22日上午A、5月22日下午B: a schedule's units, each after its day
    span = CIRCLED_ITEM.sub("、", span).strip("、")  # ①A ②B ③C: items numbered in circles, parted by spaces
    pieces = [p.strip() for p in _enumeration(span)]
    if len(pieces) > 1 and all(p in PROVINCES for p in pieces[:-1]) and (shared := _after_province(pieces[-1])):
        pieces = [p + shared for p in pieces[:-1]] + pieces[-1:]  # 向河北、山西高院党组反馈: 河北高院党组 and 山西高院党组
    if len(pieces) > 1 and all(PLACE_NAME.fullmatch(p) for p in pieces[:-1]) and PLACES_UNITS.match(pieces[-1]):
        return [span]  # 白鹭镇、石塘乡所辖14个村(社区)党组织: the units of both places (resolve reads the count)
    # 滨江、青屿…望海6个设区市和8个省直单位党组织: the units the first count counts, and a second count of others
    more = COUNT_AND_COUNT.match(pieces[-1]) if len(pieces) > 1 else None
    if more:
        pieces[-1] = more.group("last")
    tail = GROUP_TAIL.search(pieces[-1]) if pieces else None
    # 岚川、云岭…等8市 / 中国移动、中国电信等企业: all are units (their count or their kind says so)
    counted = tail is not None and (re.match(COUNTED_KIND, tail.group()) is not None
                                    or KIND_TAIL.match(tail.group()) is not None)
    as_many = AS_MANY_TAIL.search(pieces[-1]) if len(pieces) > 1 and tail is None else None
    # (A、B和C3家文化单位: the last two joined by 和 are two of the count, where every one ends as a unit's name does)
    joined = LAST_JOINED.search(pieces[-1][:as_many.start()]) if as_many else None
    # (not 5个市委、3个省直单位和2所高校党组织: counts of kinds, none of them a unit the last count could be of)
    if as_many and as_many.start() > 0 and not re.match(UNIT_COUNT, pieces[0]) and (numeral_value(as_many.group("n")) == len(pieces) or (
            joined and numeral_value(as_many.group("n")) == len(pieces) + 1
            and all(ORG_END.search(p) for p in [*pieces[:-1], pieces[-1][:joined.start()], pieces[-1][joined.end():as_many.start()]]))):
        pieces[-1], counted = pieces[-1][:as_many.start()], True
        if (level := as_many.group()[-1]) in LEVELS and all(len(p) <= 4 and not p.endswith(LEVELS)
                                                             and p + level + "委" in text for p in pieces):
            pieces = [p + level for p in pieces]  # 滨江、青屿…6个设区市 (中共滨江市委 named): 滨江市, 青屿市…
    pieces += [more.group("more")] if more else []
    if counted and re.match(UNIT_COUNT, pieces[0]):
        # 8个县(市、区)政法委机关、人民法院…等40家单位党组(党委): kinds of unit in counted places; the units
        # are the collective at the end.
        return [tail.group()[1:].strip()]
    if len(pieces) > 1 and re.match(rf"{UNIT_COUNT}[^、]*?的", pieces[0]):
        return [span]  # 4个县(区)的相关县(区)直部门单位、乡镇(街道): one collective, the units of counted places
    parts: list[str] = []
    for n, piece in enumerate(pieces, 1):
        piece = KIND_LABEL.sub("", piece)
        piece = without_person_first(piece, ctx.person_names)
        # 15个地区和单位: one collective (not 9家分行和X公司, a count and a unit)
        split = [piece] if (COLLECTIVE.match(piece) and COLLECTIVE_AND.search(piece)) or INSPECTED_UNITS.match(piece) \
            else _split_and(GROUP_TAIL.sub("", piece))  # (上述地方和单位党组织: the units named before, whatever their kinds)
        for k, part in enumerate(split, 1):
            parts.append(_without_count(part, len(parts) + 1, n == len(pieces) and k == len(split)))
    out: list[str] = []
    cleaned: list[tuple[str, bool]] = []  # each part, and whether it is the speaker's own unit (我局 → 局)
    for part in parts if on_lines else _share_party_body(parts):
        part = BODY_ALTERNATIVES.sub("", INSPECTED_LEAD.sub("", part))
        # (not 被巡视县（市、区）党委 / 15个县（市、区）党委: the inspected units, or a count, by their kinds' levels)
        part = part if INSPECTED_UNITS.match(part) or re.match(UNIT_COUNT, part) else LEVELS_BODY.sub("", part)
        part = GROUP_TAIL.sub("", INCLUDES.sub("", UNIT_ALIAS.sub("", UNIT_NOTE.sub("", part))))
        if not COLLECTIVE.match(part):
            part = TOPIC_AFTER_BODY.sub(r"\g<unit>", TOPIC_AFTER_PLACE.sub(r"\g<place>", part))
        if for_feedback:
            part = re.sub(r"^(?:我|本)([省市州县区旗])$", r"\1委", part)  # 向我市反馈: the city's committee
        part = OWN_COUNTED.sub("", part)
        part = OWN_UNIT.get(part, part)
        own = OWN.match(part) is not None
        part = OWN.sub("", part)  # 对我局党组: the 局党组 the document names (resolve completes it)
        if not OWN_PLACE.match(part):  # 对我县进行了巡视: the place as written (resolve names its committee)
            part = OWNER_PREFIX.sub("", part)
        if for_feedback and PEOPLE_NOT_UNIT.search(part) and not TARGET_TAIL.search(part):
            continue  # 向村务监督委员会成员通报: its members, no unit (班子成员 is its unit's leadership: TARGET_TAIL)
        if PLACES_COUNTED_BACK.fullmatch(part):
            continue  # 三省曾于2023年10月接受…巡视: the places named before, counted, no unit of their own
        if for_feedback:
            if (post := POST.search(part)) and (joined := LAST_JOINED.match(part, post.end())) and len(part) - joined.end() >= 2:
                part = part[joined.end():]  # 省长和省委领导班子 / 自治区主席和党委领导班子: a post, then the unit
            last = next((p for p in POST.finditer(part) if p.end() == len(part)), None)
            if last and last.start("head") > 0 and name_end(part, 0) is None:
                part = part[:last.start("head")]  # 镇党委书记、镇长黄文: the first post's organisation
            post = POST.search(part)
            if post and any_name_end(part, post.end()) == len(part):
                part = part[:post.start("head")] if post.group("unit") is None else part[:post.end("unit")]
                if not part:
                    continue
            part = TARGET_TAIL.sub("", part)
        cleaned.append((part.strip(), own))
    if cleaned and not text[end:] and not WHOLE_UNIT_END.search(cleaned[-1][0]) and not WHOLE_SOCIETY_END.search(
            cleaned[-1][0]) and not counted:
        cleaned.pop()  # (…⏎23.市科学技术协 / 省委第八巡视组|A、省疾病预: a list the page's cut stops in its last name)
    # 对中国华岳、中国启明通信集团公司、某某大学…开展巡视: in a list most of whose units end like one, or one
    # that says what its units are (等8市), a unit may be written by a short name; and a province by its own.
    named = sum(1 for part, _ in cleaned if ORG_END.search(part))
    short_names_too = len(cleaned) >= 3 and 2 * named >= len(cleaned)
    for part, own in cleaned:
        part = _report_owner(ctx, part, start) or part  # (对学校进行了巡视 in 中共A大学党委关于…的通报: A大学党委)
        unit_like = (counted or ORG_END.search(SECOND_NAME.sub("", part)) or part in PROVINCES
                     or (short_names_too and SHORT_NAME.match(part)) or _defined_short(ctx, part) or part in quoted
                     or part in KNOWN_SHORT_NAMES)  # (中国移动、中国电信: national bodies by their known short names)
        if TEAM_IN_TARGET.search(part):
            continue  # 本轮巡察的3个巡 察 组分别向被巡察党组织: a clause with a team in it, no unit (a team inspects none)
        if KIND_PARTY_BODY.match(part) and not each:
            continue
        if INSPECTED_UNITS.match(part) or COLLECTIVE.match(part) or (own and ORG_END.match(part)) or (
                unit_like and len(part) >= 2 and "的" not in part and not GENERIC_TARGET.match(part)
                and not PEOPLE_NOT_UNIT.search(part) and not ROUND_IN_NAME.search(part)):
            out.append("各" + part if each and not out else part)  # 各: resolve reads it as the units of that kind
    return list(dict.fromkeys(_kind_named_before(ctx, part, start) if KIND_ALONE.match(part)
                              else _committee_of_place_before(ctx, part, start) if for_feedback and part in LEVEL_COMMITTEES
                              else part for part in out))


# 【A集团有限公司】 / A市： opening a line, the unit whose report (or part of a round's report) the lines under it give.
UNIT_HEADING = re.compile(r"^[ \t\u3000]*(?:【(?P<bracketed>[\u4e00-\u9fff（）()]{2,30})】|(?P<colon>[\u4e00-\u9fff（）()]{2,30}?)[：:]"
                          # (1.荻渡市 alone on its line, under 一、省委第二巡视组巡视单位)
                          r"|\d{1,3}[.．、][ \t\u3000]*(?P<numbered>[\u4e00-\u9fff（）()]{2,30})[ \t\u3000]*$)", re.M)
# What heads a line and is no unit: a team, an office, a body of the inspection.
TEAM_OR_OFFICE = re.compile(r"巡视|巡察|领导小组|纪委|监委|办公室")


def _report_unit(unit: str) -> str:
    """A report title's unit as written, but a place's committee by its usual name (中共檀源县委员会 → 中共檀源县委; 中共江北
    师范学院委员会 stays, the name resolve knows it by)."""
    place = unit.removesuffix("委员会")
    return place + "委" if place != unit and place.endswith(LEVELS) else unit


# The unit a report refers to itself by (我县, 本局, 县委, 厅党组, 我院党委 after 我/本 go): its level or kind, and its body.
SELF_REFERENCE = re.compile(r"^(?:我|本)?(?P<kind>[省市州县区旗]|局|厅|委|办|院|校|学校|学院|医院|中心|行|社|馆|站|所|集团公司|公司|集团"
                            r"|镇|乡|街道)"
                            r"(?P<body>委|党组|党委|党工委|党总支|党支部)?$")


def _report_owner(ctx: Ctx, part: str, at: int) -> str | None:
    """On a page of several units' reports, the unit of the report holding ``at`` where ``part`` refers to it by its level
    or kind alone (省委第一巡视组对我县开展了常规巡视，…向县委反馈 / 对本局进行了巡视 / 向厅党组反馈); None elsewhere."""
    ref = SELF_REFERENCE.match(part)  # (tested first: most parts are names, and the owners are read over the whole text)
    owners = ctx.report_owners if ref else []
    if len(owners) < 2:
        return None
    i = bisect.bisect_right(owners, (at, "\uffff")) - 1
    if i < 0:
        return None
    unit = owners[i][1]
    bare = PARTY_BODY.sub("", party_key(unit)).removesuffix("委员会")  # (中共江北师范学院委员会: a 学院)
    kind = ref.group("kind")
    if kind in LEVELS:  # (我县 / 县委: the report's county committee, or the committee of the county heading it)
        if ref.group("body") not in (None, "委"):
            return None
        return unit if bare.endswith(kind + "委") else unit + "委" if bare.endswith(kind) else None
    return unit if bare.endswith(KIND_NAME_ENDS.get(kind, (kind,))) else None


def _kind_named_before(ctx: Ctx, part: str, at: int) -> str:
    """The unit that ``part`` (局党组, 学校党委) names by its kind, where the text names more than one of that kind: the
    one its paragraph named last before it, with ``part``'s party body; else as written (resolve completes it with the
    text's one)."""
    alone = KIND_ALONE.match(part)
    assert alone is not None
    kind, body = alone.group("kind"), alone.group("body")
    if len({_of_kind(m.text, kind) for m in ctx.orgs} - {None}) < 2:
        return part
    unit = _unit_of_kind_before(ctx, kind, at)
    return part if unit is None else unit if unit.endswith(body) else PARTY_BODY.sub("", unit) + body


def _committee_of_place_before(ctx: Ctx, committee: str, at: int) -> str:
    """向县委反馈 on a page of several counties' reports (…对梅岭县进行了巡视，2020年1月9日向县委反馈): the committee of the
    place of that level its paragraph named last, where the text names more than one such; else as written (resolve
    completes it with the text's one)."""
    level = committee[0]

    def place(name: str) -> str | None:
        key = party_key(name)
        key = key[:-1] if key.endswith(committee) else key
        return key if len(key) >= 3 and key.endswith(level) and not key.startswith(LEVELS) else None

    places = {p for m in ctx.orgs if (p := place(m.text))}
    if len(places) < 2:
        return committee
    start = ctx.paragraph_start(at)  # (对梅岭县进行了巡视: the place written alone, as no mention of an organisation)
    at_most, last = max((ctx.doc.text.rfind(p, start, at), p) for p in places)
    return last + "委" if at_most >= 0 else committee


# What names of a kind end in, for a unit said by its kind (我院: 学院, 医院, 法院; 我校: 大学, 学院, 学校).
KIND_NAME_ENDS = {"校": ("校", "大学", "学院"), "学校": ("学校", "大学", "学院"), "委": ("委", "委员会"), "单位": ("",),
                  "党组织": ("",), "集团公司": ("集团", "公司"), "公司": ("公司", "集团")}
# The kind in an anaphoric target (我院党委 → 院, 该局领导班子 → 局).
ANAPHOR_KIND = re.compile(r"该(?P<level>[市县区])|(?:该|本|我)(?P<kind>局|委|办|院|校|所|中心|单位|公司|集团|镇|乡|街道|村|社区|部|厅|行|馆|站|队|党组织)")


def _of_kind(name: str, kind: str) -> str | None:
    """The unit ``name`` names (without 中共 and its party body), where it is one of ``kind`` (院: 江北师范学院; 学校: 海岱大学)
    other than a place's committee."""
    unit = PARTY_BODY.sub("", party_key(name))
    if kind in LEVELS:  # (该市: the city's committee named before, 白沙市委)
        return unit if len(unit) > 3 and unit.endswith(kind + "委") else None
    ends = KIND_NAME_ENDS.get(kind, (kind,))
    return unit if len(unit) > 2 and unit.endswith(ends) and not unit.endswith(LEVEL_COMMITTEES) else None


def _unit_of_kind_before(ctx: Ctx, kind: str, at: int) -> str | None:
    """The last unit of ``kind`` its paragraph names before ``at``, as written; None where it names none."""
    return next((m.text for m in ctx.backwards(ctx.orgs, ctx.paragraph_start(at), at) if _of_kind(m.text, kind)), None)




def _defined_short(ctx: Ctx, part: str) -> bool:
    """Whether ``part`` is a short name the text defines (对一汽开展了专项巡视), alone or with its party body."""
    bare = PARTY_BODY.sub("", part) if PARTY_BODY.search(part) else part
    return bare in ctx.short_names


# A person the text names, joined to the unit that follows (向陈旭和清华大学党委领导班子反馈: its secretary, then the unit).
PERSON_FIRST = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,5}?)(?:和|及|与|以及)")


def without_person_first(name: str, people: frozenset[str] | set[str]) -> str:
    """A unit's name without the person the text names joined before it (陈旭和清华大学党委 → 清华大学党委)."""
    person = PERSON_FIRST.match(name)
    return name[person.end():] if person and person.group("name") in people else name


# The 和 / 及 / 与 before a list's last unit (…、G及H / …和「G」): two units, where names stand on both sides.
LAST_JOINED = re.compile(r"(?<=[\u4e00-\u9fff」”』])(?:和|及|与|以及)(?=[\u4e00-\u9fff「“『])")


def _listed(span: str) -> int:
    """How many units a list written with 、 names, its last two joined by 和 / 及 (A、B及C: three)."""
    items = _enumeration(span)
    return len(items) + (LAST_JOINED.search(items[-1]) is not None)


def _enumeration(span: str) -> list[str]:
    """The items of a list written with 、, never split inside brackets (8个县(市、区)政法委)."""
    items, depth, start = [], 0, 0
    for i, ch in enumerate(span):
        depth += ch in "(（" and 1 or ch in ")）" and -1 or 0
        if ch == "、" and depth <= 0:
            items.append(span[start:i])
            start = i + 1
    return items + [span[start:]]


def _without_count(part: str, listed: int, last: bool) -> str:
    """市侨联10个部门单位 → 市侨联, 城关镇、河西镇2个乡镇党委 → 河西镇: the count of a list's units after the
    last it counts (the ``listed``-th item; ``last`` of the list), where a unit's name precedes it. The count of a
    single unit's own units stays (红星镇8个村党组织), unless it counts the unit alone (省能源集团1家省属企业党委)."""
    tail = COUNT_TAIL.search(part) or PLACES_COUNT_TAIL.search(part)  # (…、云南6省和国土资源部: 6省 too)
    if not tail or tail.start() == 0 or not (ORG_END.search(part, 0, tail.start()) or part[:tail.start()] in PROVINCES):
        return part
    counted = numeral_value(re.match(r"[\d一二三四五六七八九十两]+", tail.group()).group())
    if listed < 2 and counted != 1:  # 省能源集团1家省属企业党委: one unit counted as one
        return part
    return part[:tail.start()] if last or counted == listed else part


PLACE_COMMITTEE_END = re.compile(r"(?<=[省市县区州旗盟地])委$")


def _share_party_body(parts: list[str]) -> list[str]:
    """桃源村、石门村党支部: the party body written once after the last of units of one kind is each one's
    (桃源村党支部, 石门村党支部); a unit of another kind keeps its own name, and where another unit writes its
    own body (区党委统战部、区人大机关党组、区民政厅党委) each body is written with its unit."""
    last = PARTY_BODY.search(parts[-1]) if parts else None
    if last is None or last.start() == 0 or any(PARTY_BODY.search(p) for p in parts[:-1]):
        return parts
    kind = parts[-1][last.start() - 1]
    # (城阳区委、市国资委党委: a place's committee is a body of its own, never 城阳区委党委)
    shared = [p + last.group() if p and not PARTY_BODY.search(p) and p[-1] in UNIT_KINDS and not PLACE_COMMITTEE_END.search(p)
              and (p.endswith(kind) or {p[-1], kind} <= TOWNSHIP_KINDS) else p
              for p in parts[:-1]]
    return shared + parts[-1:]


def _complete(part: str) -> bool:
    """Whether ``part`` can end a target before 和/及/与: an organisation, 被巡察单位, or a post and name."""
    post = POST.search(part)
    return bool(ORG_END.search(part) or INSPECTED_UNITS.match(part) or TARGET_TAIL.search(part)
                or (post and any_name_end(part, post.end()) == len(part)))


def _split_and(piece: str) -> list[str]:
    """Split on 和/及/与 where the left side is complete (住房和城乡建设局 stays whole), or a count of units before a unit's
    name (24家中管企业和国家体育总局; not 29家中管金融企业和金融管理部门党组织 or 17个市直单位和县(区)党组织, a second kind of the
    count, nor 11个县市区和46个市直单位党组织, two counts of one collective)."""
    for m in SPLIT_AND.finditer(piece):
        left = piece[:m.start()].strip()
        right = piece[m.end():]
        if left and (_complete(left) or COLLECTIVE.match(left) and not KIND_OF_UNIT.match(right)
                     and not re.match(UNIT_COUNT, right) and not LEVEL_KIND_OPENING.match(right)):
            return [left] + _split_and(right.strip())
    return [piece] if piece else []


# A group right before the verb that no team rule reads (葛文斌组 by its leader's name, 工作组, 督导组): the clause's own
# subject.
OTHER_GROUP_BEFORE = re.compile(r"(?:^|(?<=[,，;；:：\s]))(?:\d{1,2}月\d{1,2}日[,，]?)?[\u4e00-\u9fff]{2,4}组[ \t\u3000]*(?:分别|先后|于|已)?$")


# The bracket a team's leaders stand in after it, open up to a team named inside it, and its close before the verb.
BRACKET_AROUND = re.compile(r"[(（][^()（）\n]*$")
BRACKET_CLOSE = re.compile(r"[^()（）\n]*[)）]")


def _team_before(ctx: Ctx, sentence: Sentence, pos: int, *, joined: bool = False) -> Mention | None:
    """The team named last before ``pos`` in the sentence, or (``joined``: for a list that ；runs over) in the clauses
    ；joins before it (第四巡察组进驻A；B,对C；D开展专项巡察), or else the paragraph's subject (_paragraph_team)."""
    team = ctx.last_within(ctx.teams, sentence.start, pos)
    if team is None and OTHER_GROUP_BEFORE.search(ctx.doc.text, sentence.start, pos):
        return None  # 5月16日,葛文斌组进驻A: a group of its own as the clause's subject, not the paragraph's team
    text = ctx.doc.text
    if team is not None and (bracket := BRACKET_AROUND.search(text, sentence.start, team.start)) and \
            (outer := ctx.last_within(ctx.teams, sentence.start, bracket.start())) is not None and \
            outer.end == bracket.start() and BRACKET_CLOSE.match(text, team.end, pos):
        team = outer  # 交叉巡察第一组（组长：某，县委第一巡察组副组长）进驻A: the leader's own team is no subject
    if team is not None and team.attrs["ordinal"] is None and (text[max(0, team.start - 2):team.start] in ("这个", "这一")
                                                               or text[team.start - 1:team.start] in ("该", "此", "同")):
        team = None  # 这个巡察组 / 该巡视组: the bare team is the one named before
    if team is not None and (text[max(0, team.start - 2):team.start] == "代表" or (
            team.attrs["ordinal"] is None and text[max(0, team.start - 2):team.start] in ("带领", "率领"))) and (
            speaker := ctx.last_within(ctx.teams, sentence.start, team.start - 2)) is not None:
        # 各巡察组组长分别代表巡察组反馈了巡察情况 / 集团党委第一巡察组组长某某代表集团党委巡察组,分别向A、B反馈: the team its
        # leader speaks for is the leader's own (授权某某为市委第六巡察组组长，带领巡察组对A开展提级巡察: the one it leads)
        team = speaker
    if team is None and TEAM_ANAPHOR.search(text, sentence.start, pos):
        return _last_team_before(ctx, sentence.start)  # 同日下午,同组向B反馈 / 8月21日,该组又先后向C、D反馈
    for before in _joined_before(ctx, sentence) if joined and team is None else ():
        if (team := ctx.last_within(ctx.teams, before.start, before.end)) is not None:
            break
    return team if team is not None else _paragraph_team(ctx, sentence)


def _past_time(ctx: Ctx, pos: int, end: int) -> int:
    """县委第一巡察组2019年4月8日至5月31日巡察了A / 县委第二巡察组于同期巡察了B: past the time a clause states
    between its team and its verb (a date, perhaps after 于, or TEAM_TIME_WORDS), else ``pos`` past the spaces a
    row sets between the team and its verb (市委第一巡察组  巡察A、B)."""
    text = ctx.doc.text
    while pos < end and text[pos] in " \t\u3000":
        pos += 1
    at = pos + 1 if text.startswith(("于", "在"), pos) else pos
    if text.startswith(TEAM_TIME_WORDS, at):
        return at + 2
    date = ctx.first_within(ctx.dates, at, end)
    if date is None or date.start != at:
        return pos
    after = date.end + text.startswith(("日", "号"), date.end)  # (a day's mention ends before its 日: 6月4日对A的反馈)
    return after + (2 if text.startswith(("上午", "下午"), after) else 0)


def _opens_without_subject(ctx: Ctx, sentence: Sentence, pos: int) -> bool:
    """市委第一巡察组3月6日至4月10日对A进行巡察;4月17日至5月26日对B进行巡察 / ;又对C进行了巡察: whether the clause
    before ``pos`` holds only dates and adverbs (CLAUSE_OPENING), its subject the team of the clause ；joins before it."""
    text, at = ctx.doc.text, sentence.start
    for date in ctx.within(ctx.dates, sentence.start, pos):
        if not CLAUSE_OPENING.fullmatch(text, at, date.start):
            return False
        at = date.end + (1 if text[date.end:date.end + 1] in ("日", "号") else 0)  # (a day's mention ends before 日)
    return CLAUSE_OPENING.fullmatch(text, at, pos) is not None


def _last_team_before(ctx: Ctx, pos: int) -> Mention | None:
    """The team named last before ``pos`` (one team, with its ordinal: not a group), what 该组 / 同组 refers to."""
    return next((t for t in reversed(ctx.within(ctx.teams, max(0, pos - ANAPHOR_REACH), pos)) if _one_team(t)), None)


def _one_team(team: Mention) -> bool:
    """A team with its ordinal, not a group of teams nor a bare 巡察组."""
    return not team.attrs["group"] and team.attrs["ordinal"] is not None


def _joined_before(ctx: Ctx, sentence: Sentence) -> Iterator[Sentence]:
    """The clauses ；joins before ``sentence`` in its paragraph, the nearest first."""
    text, para, i = ctx.doc.text, ctx.paragraph_start(sentence.start), ctx.sentence_index(sentence)
    while i > 0 and (before := ctx.doc.sentences[i - 1]).start >= para and \
            text[before.start:before.end].rstrip().endswith(("；", ";")):
        yield before
        i -= 1


def _lead_clause(ctx: Ctx, sentence: Sentence) -> Sentence:
    """The clause that tells the round of a statement in ``sentence``: the first of the clauses ；joins before it
    (本轮巡察对A开展巡察；对B开展专项巡察), or, where it goes on the sentence before it in its paragraph (本轮巡视对A开展
    常规巡视。同时，对B、C开展提级巡视), that one's."""
    *_, lead = sentence, *_joined_before(ctx, sentence)
    i = ctx.sentence_index(lead)
    if i > 0 and GOES_ON.match(ctx.doc.text, lead.start, lead.end) and \
            (before := ctx.doc.sentences[i - 1]).start >= ctx.paragraph_start(lead.start):
        return _lead_clause(ctx, before)
    return lead


def _card(ctx: Ctx, pos: int) -> tuple[Mention, tuple[Mention, str | None, str | None] | None] | None:
    """中央第一巡视组 / 组长：某某 / 巡视对象：甲部党组 / 进驻时间：2023年4月10日: the team whose card (CARD_LINE) the
    line at ``pos`` belongs to, and the date the card says it moved in; None where ``pos`` does not open its line or
    the lines above it are no card under a team's line."""
    text, paragraphs = ctx.doc.text, ctx.doc.paragraphs
    i = bisect.bisect_right(ctx._para_starts, pos) - 1
    if i < 1 or _line_start(text, paragraphs[i].start) != pos:
        return None
    first = i
    # (中央第一巡视组⏎被巡视党组织：A⏎值班电话：…⏎被巡视党组织：B: a card of two units, each with its own fields)
    while first > 0 and i - first < CARD_HEIGHT and (CARD_LINE.match(text, paragraphs[first - 1].start)
                                                     or CARD_UNITS.match(text, paragraphs[first - 1].start, paragraphs[first - 1].end)):
        first -= 1
    if first == 0:
        return None
    team = _card_head(ctx, paragraphs[first - 1])
    if team is None:
        return None
    last = i
    while last + 1 < len(paragraphs) and last - first < CARD_HEIGHT and CARD_LINE.match(text, paragraphs[last + 1].start):
        last += 1
    when = None
    for para in paragraphs[first:last + 1]:
        if (line := CARD_LINE.match(text, para.start)) and line.group("when") and (dated := ctx.dates_in(line.end(), para.end)):
            when = dated[0]
            break
    if when is None:  # 5个巡察组已于10月14日同步进驻…现将各巡察组有关情况公告如下: the cards' lead dates them all
        lead = first - 1
        while lead > 0 and (CARD_LINE.match(text, paragraphs[lead - 1].start) or _card_head(ctx, paragraphs[lead - 1])
                            or OBJECT_LIST.match(text, _line_start(text, paragraphs[lead - 1].start))):
            lead -= 1
        when = next(iter(_introduced(ctx, paragraphs[lead].start)), None)
    return team, when


# 巡察组:市委第二巡察组 值班电话:…: a card's line labelling its team.
TEAM_LABEL = re.compile(r"[ \t\u3000]*(?:巡视|巡察)组别?[ \t\u3000]*[:：][ \t\u3000]*")


def _labelled_card_team(ctx: Ctx, pos: int) -> Mention | None:
    """被巡察单位:A⏎巡察组:市委第二巡察组 值班电话:…⏎被巡察单位:B⏎巡察组:… (or 巡察组:X 值班电话:…⏎被巡察单位:A⏎…): in a
    notice of cards each a unit's line and its team's labelled line, the team of the unit's card at ``pos``: the label
    after the unit's line where the cards open with a unit, before it where they open with a team; None elsewhere."""
    text, paragraphs = ctx.doc.text, ctx.doc.paragraphs
    i = bisect.bisect_right(ctx._para_starts, pos) - 1
    if i < 0:
        return None
    first = i  # the first line of the cards
    while first > 0 and (OBJECT_LIST.match(text, paragraphs[first - 1].start) or TEAM_LABEL.match(text, paragraphs[first - 1].start)
                         or CARD_LINE.match(text, paragraphs[first - 1].start)):
        first -= 1
    while first < i and not OBJECT_LIST.match(text, paragraphs[first].start) and not TEAM_LABEL.match(text, paragraphs[first].start):
        first += 1
    k = i + 1 if OBJECT_LIST.match(text, paragraphs[first].start) else i - 1
    if not 0 <= k < len(paragraphs) or not (label := TEAM_LABEL.match(text, paragraphs[k].start)):
        return None
    team = ctx.first_within(ctx.teams, label.end(), paragraphs[k].end)
    return team if team is not None and team.start == label.end() else None


def _card_head(ctx: Ctx, line: Block) -> Mention | None:
    """The team a card's first line names: the team alone on it (中央第一巡视组, 一、省委第二巡视组：, 市委第五巡察组(提级巡察)),
    or with its leaders (省委第一巡视组组长：某某); None for a sentence (省委第一巡视组进驻甲市)."""
    text = ctx.doc.text
    team = _opening_team(ctx, line)
    if team is None:
        return None
    led = TEAM_LEADERS.match(text, team.end, line.end) or SPACED_LEADERS.match(text, team.end, line.end)
    after = led.end() if led else team.end
    after = bracketed.end() if (bracketed := BRACKETED_MODE.match(text, after, line.end)) else after
    if text[after:line.end].strip(HEAD_LINE_MARKS) and not CARD_LINE.match(text, after, line.end):
        return None
    return team


# 校党委第一巡察组　组长向东阳　副组长单雯: its leaders after it, parted by spaces to the line's end, no colon.
SPACED_LEADERS = re.compile(rf"(?:[ \t\u3000]+{TEAM_LEADER})+[ \t\u3000]*$", re.M)
# What may close a team's line after its name: spaces, a colon, the marks that framed it (★市委第一巡察组★, ■…■, 【…】).
HEAD_LINE_MARKS = " \t\u3000:：★☆◆◇■□●○◎▲△▼▽▶►◀◄】〗」』*#="


def _team_at(ctx: Ctx, pos: int, end: int) -> Mention | None:
    """The team named right at ``pos`` (its mention starting there and ending by ``end``), if any."""
    first = ctx.first_within(ctx.teams, pos, end)
    return first if first is not None and first.start == pos else None


def _opening_team(ctx: Ctx, line: Block | Sentence) -> Mention | None:
    """The first team named in ``line``, where it opens the line (after its number, bullet or opening bar)."""
    first = ctx.first_within(ctx.teams, line.start, line.end)
    return first if first is not None and first.start == _line_start(ctx.doc.text, line.start) else None


def _card_team(ctx: Ctx, pos: int) -> str | None:
    """市委第一巡察组 / 组长：某某: the team of the card whose line ``pos`` opens (its 组长, 副组长)."""
    card = _card(ctx, pos) if pos == _line_start(ctx.doc.text, ctx.paragraph_start(pos)) else None
    return team_name(card[0]) if card else None


def _paragraph_team(ctx: Ctx, sentence: Sentence) -> Mention | None:
    """中央第五巡视组：组长某某。9月5日起对A、B开展巡视 / 中央第二巡视组组长某某。9月3日,该组分别进驻A、B: the team
    that opens a paragraph, or stands alone on the line above it, is the subject of its later sentences that name no
    team, while no other team is named in between."""
    start = ctx.paragraph_start(sentence.start)
    if start not in ctx.paragraph_subjects:  # read once per paragraph
        teams = ctx.within(ctx.teams, start, ctx.paragraph_end(start))
        # (（三）县委第三巡察组。对A开展巡察期间…: the team after the paragraph's number)
        opening = teams[0] if teams and teams[0].start == _line_start(ctx.doc.text, start) and not teams[0].attrs["group"] \
            else None
        headed = (opening is None and not CARD_UNITS.match(ctx.doc.text, start, ctx.paragraph_end(start))  # (_card_units')
                  and _head_above_items(ctx, start) or None)
        other = next((t.start for t in teams if opening is None or team_name(t) != team_name(opening)), len(ctx.doc.text))
        ctx.paragraph_subjects[start] = (opening or headed, other, headed is not None)
    opening, other, headed = ctx.paragraph_subjects[start]
    # (（一）县委第一巡察组⏎组长:某某。巡察A,并延伸巡察B: a team alone on the line above is the subject of the paragraph
    # beneath it, its first sentence too)
    return opening if opening is not None and sentence.start <= other and (headed or start != sentence.start) else None


def _head_above_items(ctx: Ctx, start: int) -> Mention | None:
    """The team alone on the line above the paragraph at ``start`` (_card_head), or above the items of a list the
    paragraph is one of: lines that each open with a day or a number as it does and name no team (县委第一巡察组⏎
    5月10日 向A反馈⏎5月11日 向B反馈: the second day's line is the team's too)."""
    text = ctx.doc.text
    item = ITEM_OPENING.match(text, start, ctx.paragraph_end(start))
    above = ctx.paragraph_before(start)
    for _ in range(ITEMS_UNDER_HEAD):
        if above is None:
            return None
        if (head := _card_head(ctx, above)) is not None:
            return head
        if item is None or not ITEM_OPENING.match(text, above.start, above.end) or \
                ctx.first_within(ctx.teams, above.start, above.end) is not None:
            return None
        above = ctx.paragraph_before(above.start)
    return None


def _heading_team(ctx: Ctx, sentence: Sentence) -> Mention | None:
    """The team alone on the line above the paragraph of ``sentence`` (see _paragraph_team), while the paragraph names
    no other team before the sentence."""
    team = _paragraph_team(ctx, sentence)
    return team if team is not None and ctx.paragraph_subjects[ctx.paragraph_start(sentence.start)][2] else None


def _unit_section(ctx: Ctx, team: Mention) -> tuple[re.Match[str], re.Match[str]] | None:
    """一、县财政局党组:由县委第一巡察组进行巡察 (UNIT_SECTION): the unit's match and the verb's after the team."""
    text = ctx.doc.text
    unit = UNIT_SECTION.fullmatch(text, text.rfind("\n", 0, team.start) + 1, team.start)
    verb = UNIT_SECTION_AFTER.match(text, team.end, ctx.paragraph_end(team.end)) if unit else None
    return (unit, verb) if verb and ORG_END.search(unit.group("unit")) else None


def _section_team(ctx: Ctx, sentence: Sentence) -> Mention | None:
    """第一组：县委第一巡察组（组长：某某）。巡察A、B: the one team a paragraph opens with, after its label (SECTION_LABEL),
    named before the sentence and no other team."""
    text, start = ctx.doc.text, ctx.paragraph_start(sentence.start)
    teams = ctx.within(ctx.teams, start, sentence.start)
    if not teams or len({(t.attrs["ordinal"], t.attrs["kind"]) for t in teams}) != 1:
        return None
    return teams[0] if SECTION_LABEL.fullmatch(text, start, teams[0].start) else None


def _lead_team(ctx: Ctx, sentence: Sentence, team: Mention | None) -> Mention | None:
    """A与B联动: the first of teams joined before 联动/联合 leads the inspection they make together."""
    text = ctx.doc.text
    if team is None or not text.startswith(LINKED, team.end):
        return team
    before = ctx.last_within(ctx.teams, sentence.start, team.start)
    return before if before is not None and text[before.end:team.start] in TEAM_JOINERS else team


def _paired(ctx: Ctx, sentence: Sentence, pos: int, targets_start: int, team: Mention | None,
            targets: list[str]) -> list[tuple[Mention | None, list[str]]]:
    """市委第一巡察组、第二巡察组分别向A、B反馈: teams listed before 分别 and as many targets after it
    pair up in order (第一 → A, 第二 → B); with more targets than teams no team is known to have had
    which (none is given); a single team has all its targets."""
    text = ctx.doc.text
    if team is None:
        return [(team, targets)]
    # (组长某某、组长某某分别代表巡视组向被巡视单位党组织反馈: each team's units, which its own statements name)
    teams = _listed_teams(ctx, sentence, team, with_leaders=not any(INSPECTED_UNITS.match(t) for t in targets))
    clause_end = LIST_STOP.search(text, targets_start, sentence.end)  # 分别 before the units or after them
    severally = "分别" in text[team.end:clause_end.start() if clause_end else sentence.end] or \
        HEARD_SEVERALLY.search(text, max(sentence.start, teams[0].start - len("分别听取了")), teams[0].start) is not None
    if not severally or len(targets) < 2:
        # 第一、第二巡视组对A等6家单位进行了巡视: teams written together, which had which unit not said (a range of teams
        # is one group: 听取了第一至第四巡视组关于对A、B、C、D巡视情况的汇报).
        return [(team if len(teams) == 1 or text.startswith(LINKED, team.end) else None, targets)]
    if len(teams) == 1:
        members = _range_members(ctx, team)  # 省委第一至第八巡视组分别对A…H: 第一 → A … 第八 → H
        if len(members) == len(targets) or len(members) > len(targets) and _cut_by_page(text, sentence):
            # (…第九至第十五巡视组分别进驻A、B…F及中国金融期货交: the page cut in the last unit, the others in order)
            return [(t, [target]) for t, target in zip(members, targets)]
        # 省委第一至第三巡视组分别进驻A、B;C、D;E、F (一托二): one group of units (parted by ；) to each team, in order
        groups = _groups_by_clause(text, targets_start, targets)
        if members and len(groups) == len(members):
            return list(zip(members, groups))
        # (市委第一至第四巡察组分别向A…H反馈: which team had which unit is not said; a team alone has them all)
        return [(None if members else team, targets)]
    if len(teams) < len(targets) and _listed_before_and(ctx, sentence, targets_start) == len(teams):
        # 第一、第二、第五巡视组分别进驻A、B、C及D、E: A, B, C are the teams'; D, E (the units under them) no one team's.
        return [(t, [target]) for t, target in zip(teams, targets)] + [(None, targets[len(teams):])]
    groups = _groups_by_and(ctx, sentence, targets_start, targets)
    if len(teams) != len(targets) and len(groups) != len(teams):
        groups = _groups_by_clause(text, targets_start, targets)
    if len(teams) != len(targets) and len(groups) == len(teams):
        # 第一、第二巡察组分别向A、B、C和D、E反馈 / 分别对A、B党委;C、D党委: one group of units (parted by 和 or ；) to each
        # team, in order.
        return list(zip(teams, groups))
    if len(teams) != len(targets) and not (len(teams) > len(targets) and _cut_by_page(text, sentence)):
        return [(None, targets)]  # which team had which unit is not said
    return [(t, [target]) for t, target in zip(teams, targets)]


def _cut_by_page(text: str, sentence: Sentence) -> bool:
    """Whether ``sentence`` is the last of a page cut before its end (no closing mark: a stored copy stops there)."""
    rest = text[sentence.end:].strip()
    return not rest and sentence.end > sentence.start and text[sentence.end - 1] not in "。！？!?；;…）)”」"


# 会议分别听取了省委第一至第四巡视组关于对A、B、C、D巡视情况的汇报: 分别 before the meeting's verb, the teams after it.
HEARD_SEVERALLY = re.compile(r"分别听取了?$")


def _listed_teams(ctx: Ctx, sentence: Sentence, team: Mention, with_leaders: bool = False) -> list[Mention]:
    """The teams listed with ``team`` before it in the sentence (市委第一、第二巡察组 / 第一巡察组和第二巡察组), in order;
    ``with_leaders``, each perhaps with its leader after it (区委第一巡察组组长王某、第二巡察组组长陈某)."""
    text = ctx.doc.text
    teams = [team]
    for before in ctx.backwards(ctx.teams, sentence.start, team.start):
        if text[before.end:teams[0].start] not in TEAM_JOINERS and not (
                with_leaders and LEADER_THEN_JOINER.fullmatch(text, before.end, teams[0].start)):
            break
        teams.insert(0, before)
    return teams


def _units_under(ctx: Ctx, sentence: Sentence, m: re.Match[str]) -> list[Statement]:
    """省委第一、第二巡视组分别进驻甲市、乙市,同时分别对甲市所辖丙县,乙市所辖丁县、戊县开展巡视: each group of units
    under a place goes to the team that place went to, in order (every team one group); else no team's. A place written
    with them (甲市及所辖丙县) is inspected too."""
    text = ctx.doc.text
    spans = _spans_between(text, *m.span("targets"), ",，")
    # (分别对甲市、乙市及甲市所辖丙县,乙市所辖丁县: the places the teams went to, then 及 and the groups under them)
    places = PLACES_BEFORE_UNDER.match(text, *spans[0]) if spans else None
    if places:
        spans[0] = (places.end(), spans[0][1])
    groups = [UNITS_UNDER.fullmatch(text, *span) for span in spans]
    if len(groups) < 2 or None in groups:
        return []
    team = _team_before(ctx, sentence, m.start())
    teams = _listed_teams(ctx, sentence, team) if team is not None else []
    severally = team is not None and "分别" in text[team.end:m.start("targets")]
    by = teams if len(teams) == len(groups) and severally else [None] * len(groups)
    mode = _inspection_mode(text, m)
    found: list[Statement] = []
    if places:
        place_spans = _spans_between(text, *places.span("places"), "、")
        place_by = teams if len(teams) == len(place_spans) and severally else [None] * len(place_spans)
        found += [Statement(m.start(), *span, mode, False, t, stated=True, alone=True)
                  for t, span in zip(place_by, place_spans)]
        named = [text[slice(*span)] for span in place_spans]
        # (each group to the team of the place it is under, where the places are the teams')
        by = [place_by[named.index(g.group("place"))] if g.group("place") in named else t for t, g in zip(by, groups)]
    # (甲市及所辖A区、B县,乙市及所辖C县: each place is inspected with the units under it)
    return found + [Statement(m.start(), *span, mode, False, t, stated=True, alone=True) for t, g in zip(by, groups)
                    for span in ([g.span("place")] if g.group("with") else []) + [g.span("units")]]


def _named_after_count(ctx: Ctx, start: int, end: int) -> tuple[int, int] | None:
    """同步延伸巡察城关镇所辖16个村（社区）党组织：A、B…: the units a count ending at ``end`` stands for, named after
    its colon up to the sentence's end, where every one reads as a unit's name."""
    text = ctx.doc.text
    if text[end:end + 1] not in (":", "：") or not UNITS_COUNTED.search(text, start, end):
        return None
    stop = LIST_END.search(text, end + 1)
    stop = _before_unit_cut(text, end + 1, stop.start() if stop else len(text))
    return (end + 1, stop) if _all_units(text[end + 1:stop]) else None


def _spans_between(text: str, start: int, end: int, separators: str) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` between separators."""
    cuts = [start - 1] + [i for i in range(start, end) if text[i] in separators] + [end]
    return [(a + 1, b) for a, b in zip(cuts, cuts[1:])]


def _groups_by_and(ctx: Ctx, sentence: Sentence, targets_start: int, targets: list[str]) -> list[list[str]]:
    """A、B、C和D、E: the targets in the groups 和 parts (by the 、-lists each group is), where the groups account
    for every target; none where 和 may sit inside a name (市住房和城乡建设局) and the counts do not add up, or where
    the list ends in a count (…和F等6家: one list). 及 has its own reading (_listed_before_and)."""
    text = ctx.doc.text
    clause_end = LIST_STOP.search(text, targets_start, sentence.end)
    pieces = text[targets_start:clause_end.start() if clause_end else sentence.end].split("和")
    sizes = [piece.count("、") + 1 for piece in pieces]
    if len(pieces) < 2 or sum(sizes) != len(targets) or "等" in pieces[-1]:
        return []
    starts = [sum(sizes[:k]) for k in range(len(sizes))]
    return [targets[start:start + size] for start, size in zip(starts, sizes)]


def _groups_by_clause(text: str, targets_start: int, targets: list[str]) -> list[list[str]]:
    """A、B;C、D: the targets in the groups ；parts (or, in a list without ；, a comma: A、B,C、D), by the 、-lists each
    group is, where the groups account for every target; none where the last target is not found as written."""
    last = text.find(targets[-1], targets_start) if targets else -1
    if last < 0:
        return []
    span = BRACKETED.sub("", text[targets_start:last + len(targets[-1])])
    pieces = re.split(r"[;；]" if ";" in span or "；" in span else r"[,，]", span)
    # (the 、 of 丙区(市、县、区)党委 parts no units; 甲镇党委及所辖村党组织 is two)
    sizes = [piece.count("、") + 1 + len(WITH_UNITS_UNDER.findall(piece)) for piece in pieces]
    if len(pieces) < 2 or sum(sizes) != len(targets):
        return []
    starts = [sum(sizes[:k]) for k in range(len(sizes))]
    return [targets[start:start + size] for start, size in zip(starts, sizes)]


def _listed_before_and(ctx: Ctx, sentence: Sentence, targets_start: int) -> int:
    """How many units a list starting at ``targets_start`` names before its first 及 (0 if no 及 in its clause)."""
    text = ctx.doc.text
    clause_end = LIST_STOP.search(text, targets_start, sentence.end)
    joint = text.find("及", targets_start, clause_end.start() if clause_end else sentence.end)
    return len(_enumeration(text[targets_start:joint])) if joint > targets_start else 0


def _range_members(ctx: Ctx, team: Mention) -> list[Mention]:
    """The teams of a range (省委第一至第八巡视组 → 省委第一巡视组 … 省委第八巡视组), each a mention of the
    range's span and a raw Team, made once per range; none for any other mention."""
    a = team.attrs
    if "ordinals" not in a:
        return []
    if team.start not in ctx.range_members:
        members = []
        for k in a["ordinals"]:
            name = f"{a['prefix']}第{k if a['arabic'] else cn2an.an2cn(k)}{a['rest']}"
            members.append(Mention(team.start, team.end, team.text, "TEAM", attrs={
                **a, "group": False, "ordinal": k, "name": name}))
            ctx.doc.facts.teams.append(Team(name=name, aliases=[name], kind=a["kind"], ordinal=k,
                                            dispatcher=a["dispatcher"], evidence=[ctx.doc.evidence(team.start, team.end)]))
        ctx.range_members[team.start] = members
    return ctx.range_members[team.start]


# The press retelling a round's reports unit by unit: a sentence whose subject is a unit's report (A的整改通报显示，T于…反馈 /
# A方面，通报称T反馈的… / A则表示，已就T指出的问题… / A亦在通报中表示), or whose sentence before opens with the unit's report
# (A的通报，是…。通报指，T…反馈), and the team that fed back or found what it tells: the unit was that team's (not where
# 向 follows the team: 向X反馈 names its own unit).
_REPORTING_NAME = r"(?P<unit>[^\s,，。;；:：、“”「」()（）]{2,40}?)(?:[(（][^()（）\n]{1,16}[)）])?"  # (its short name in brackets)
_REPORTING_UNIT = r"[ \t\u3000]*(?:(?:此外|另外|同时|至于)[,，]?)?" + _REPORTING_NAME
_UNITS_REPORT = r"的(?:整改|巡视整改|巡察整改)?通报"
REPORT_SUBJECT = re.compile(rf"{_REPORTING_UNIT}(?:{_UNITS_REPORT}(?:则|亦|也)?(?:显示|指出|指|称|提到|透露|列明|表示)"
                            # (A党委通报称，T…: its party body's report; 中国石油化工集团公司通报说: the press's unit)
                            r"|(?<=[委组司团])通报(?:则|亦|也)?(?:显示|指出|称|说|提到|透露|列明)"
                            r"|(?<=[委组])(?:说|称)(?=[,，])"  # (深圳大学党委说，T1月12日反馈时指出…: the unit retelling)
                            r"|方面[,，]通报(?:则|亦|也)?(?:显示|指出|指|称|提到)|(?:则|亦|也)(?:在通报中)?表示)")
UNITS_REPORT_OPENS = re.compile(rf"{_REPORTING_UNIT}(?={_UNITS_REPORT})")
# 据A通报，T于4月1日反馈 / 据A的整改通报显示，…: the unit whose report the sentence cites.
REPORT_CITED = re.compile(r"[ \t\u3000]*据" + _REPORTING_NAME + r"的?(?:整改|巡视整改|巡察整改)?通报(?:显示|称|指出)?[,，]")
UNIT_LINE_LABEL = re.compile(rf"{_ROW_OPENING}" + _REPORTING_NAME + r"[ \t\u3000]*[:：][ \t\u3000]*")
REPORT_SAYS_NEXT = re.compile(r"[ \t\u3000]*(?:据(?:该|其)?通报[,，]|通报(?:则|亦|也|还)?(?:显示|指出|指|称|提到|透露))")
TEAM_TOLD_REPORTED = re.compile(r"(?:在反馈(?:中|时))?(?:反馈|指出|点名)|(?:同时|也)?(?:巡视|巡察)了?(?:该|其|本)[\u4e00-\u9fff]{0,3}(?=[,，。])")
# …the report's unit's: T于8月27日反馈，指出… / T于同日反馈 / T在反馈中指出 (a feedback to that unit; 向 names its own).
TEAM_FED_BACK_REPORTED = re.compile(r"(?:(?:同时|也)?(?:巡视|巡察)了?(?:该|其|本)[\u4e00-\u9fff]{0,3}[,，](?:并)?)?"  # (T同时巡视了该院，于…反馈)
                                    r"(?:[^,，。;；向对]{0,16}?\d{1,2}[月日][^,，。;；向对]{0,6}?反馈的(?:巡视|巡察)?(?:意见|问题)|"  # (已就T5月24日反馈的意见…)
                                    r"[^,，。;；向对]{0,16}?(?:进行|作)?了?(?:巡视|巡察)?反馈(?:了|时|中)?(?:巡视|巡察)?(?:情况|意见)?"
                                    r"(?=[,，。;；]|指出|$))|(?:在反馈(?:中|时))(?=指出|点名|提出)")


# A unit reporting how it answers a team's feedback, at a meeting that hears the round's rectification (县农业农村局党组汇报了
# 落实县委第一巡察组巡察反馈意见的整改情况): that team inspected it.
UNIT_ANSWERS_TEAM = re.compile(r"(?:^|(?<=[,，。;；\n]))(?:会上[,，]?)?(?P<unit>[^\s,，。;；:：、“”]{2,40}?)(?:汇报|报告|通报|介绍)了?"
                               r"(?:关于)?落实(?=[^,，。;；]{2,30}?(?:巡视|巡察)组[^,，。;；]{0,8}?反馈(?:意见|问题))")
ANSWERED_TEAM_REACH = 30


def _report_subject(ctx: Ctx, sentence: Sentence) -> tuple[int, int] | None:
    """The span of the unit whose report ``sentence`` retells (REPORT_SUBJECT); None where it retells none."""
    text = ctx.doc.text
    m = REPORT_CITED.match(text, sentence.start, sentence.end) or REPORT_SUBJECT.match(text, sentence.start, sentence.end)
    if m is None and REPORT_SAYS_NEXT.match(text, sentence.start, sentence.end) and \
            (n := ctx.sentence_index(sentence)) > 0 and \
            (before := ctx.doc.sentences[n - 1]).start >= ctx.paragraph_start(sentence.start):
        m = UNITS_REPORT_OPENS.match(text, before.start, before.end)
    if m is None and sentence.start == ctx.paragraph_start(sentence.start) and \
            (label := UNIT_LINE_LABEL.match(text, sentence.start, sentence.end)) and \
            _team_at(ctx, label.end(), sentence.end) is not None:
        m = label  # 1.燕北省司法厅党组：省委第一巡视组11月12日反馈。: a digest's line of a unit's report, the unit its label
    if m is None or not ORG_END.search(m.group("unit")) or TEAM_OR_OFFICE.search(m.group("unit")):
        return None
    return m.span("unit")


class Statement(NamedTuple):
    """An inspection stated in a sentence: where, the span of its target list, its mode, whether the
    sentence says it was completed (the date is then its end), and the team named before it."""

    pos: int
    targets_start: int
    targets_end: int
    mode: str | None
    done: bool
    team: Mention | None
    of_round: bool = False  # 第N轮巡察的A、B: the units a round inspected, whatever the sentence dates (undated)
    stated: bool = False  # said to take place (启动对X的巡视), with or without a date
    when: tuple[Mention, str | None, str | None] | None = None  # its date, where not in the sentence before it
    alone: bool = False  # its team alone had its targets, the teams listed with it already paired (_mobilisation_hosts)


def inspections(ctx: Ctx) -> tuple[list[tuple[Inspection, Sentence]], dict[int, list[Inspection]]]:
    """One Inspection per statement, with its date and round: 对X开展了常规巡察, X接受了Y的巡察, 进驻X, 巡视了X,
    对X的巡察完成, 完成了对X的巡视, 第N轮巡察的A、B, 被巡察单位:A;B, a table's row (省委第一巡视组 | X), units that
    publish their rectification. Teams listed or ranged before 分别 share out the targets (_paired). Also the
    inspections that sum up a count's, by its sentence (_without_summaries)."""
    doc, text = ctx.doc, ctx.doc.text
    out: list[tuple[Inspection, Sentence]] = []
    paragraphs_under_way: dict[int, bool] = {}
    summarised: list[tuple[int, int]] = []  # (index in out, units counted) of the inspections of a count of units
    joined_starts, joined_ends = _joined_runs(ctx)
    table = TABLE_HEADER.search(text) is not None
    rowed, row_teams, row_cells = _table_statements(ctx)
    report_titles = _lists_report_titles(text)
    kinds_read: set[int] = set()  # where the groups of KIND_COUNTED read so far start (a list runs over sentences)
    party_page = any(_specific(t) or _placed(t) for t in ctx.named_teams) or PARTY_WORD.search(text) is not None
    summary_page = _summary_page(ctx)
    for index, sentence in enumerate(doc.sentences):
        s_text = text[sentence.start:sentence.end]
        found: list[Statement] = list(rowed.get(index, []))
        from_rows = len(found)
        joined_end = min(joined_ends[index], sentence.end + 800)
        # (no 巡 in the clauses ；joins it to either: 对A；B开展巡察; between clauses are only spaces)
        if not found and (text.find("巡", joined_starts[index], joined_end) < 0 and not _goes_on_inspection(ctx, sentence)
                          and not ctx.first_within(ctx.teams, sentence.start, sentence.end)  # (甲局(第四组)、乙局(第四组))
                          and not _lists_published(ctx, sentence) and not _tells_its_report(ctx, sentence)
                          and not ((_has_colon(s_text) or "——" in s_text) and _lists_after_colon(ctx, sentence))
                          and not (THESE_INCLUDE_OPENING.match(text, sentence.start, sentence.end) and _counted_before(ctx, sentence, COUNTED_CLAUSE))
                          and not _digests_feedback(ctx, sentence)
                          or ARTICLE.match(text, ctx.paragraph_start(sentence.start))):
            continue  # (对A；B开展巡察 / 第一巡视组:3月23日进驻A；3月25日进驻B: a clause ；joins may hold no 巡)
        joined = [m for m in (INSPECT_OVER_CLAUSES.match(text, sentence.start + at.start(), joined_end)
                              for at in re.finditer("对", s_text))
                  if m and re.search(r"[;；]", m.group("targets"))] if joined_end > sentence.end else []
        if joined_end == len(text.rstrip()) and not found and not joined and (cut := _cut_list(ctx, sentence, joined_end)):
            team = _lead_team(ctx, sentence, _team_before(ctx, sentence, cut.start(), joined=joined_end > sentence.end))
            found.append(Statement(cut.start(), cut.start("targets"), cut.end("targets"), None, False, team))
        for m in list(INSPECT.finditer(text, sentence.start, sentence.end)) + joined:
            if _org_opens_at(ctx, m.start()):
                continue  # (…巡视中国传媒大学、对外经济贸易大学；第六巡视组…: the 对 of a unit's name, no preposition)
            mode = _inspection_mode(text, m)
            joined = m.end() > sentence.end or _opens_without_subject(ctx, sentence, m.start())
            team = _lead_team(ctx, sentence, _team_before(ctx, sentence, m.start(), joined=joined)) or _team_of_clause(ctx, m)
            if team is None and "延伸" in text[m.end("targets"):m.end()]:
                team = _extending_team(ctx, found, m.start())  # (本轮巡察同步对A、B开展延伸巡察: the one team's, named before)
            if m.group("prep") in TEAM_GOES_TO and team is None:
                continue  # 在X开展巡察 / 赴X开展巡察 says who inspected X only after a team
            if not (m.group("kind") or m.group("kind2") or m.group("kind3") or m.group("rev") or m.group("rev2")) and (
                    COLLECTIVE.match(m.group("targets")) or not CHECKUP_DONE.search(text, m.end("targets"), m.end())):
                # 对18个党组织进行了“政治体检”: a year's count in the press's word; 对街镇开展的一次全面政治体检: what a
                # round is, in a speech
                continue
            found.append(Statement(m.start(), m.start("targets"), m.end("targets"), mode, bool(m.group("done")), team))
            found += [Statement(by.start, start, end, mode, bool(m.group("done")), by, alone=True)
                      for by, start, end in _pairs_before(ctx, sentence, m.start())]
            if team is not None and not ORG_END.search(m.group("targets")) and \
                    (then := THEN_INSPECTS.match(text, m.end(), sentence.end)) and _all_units(then.group("targets")):
                # 市委专项巡察组对医保基金管理使用情况开展专项巡察，巡察A、B: a field inspected, then the units it is in
                found.append(Statement(then.start(), *then.span("targets"), mode, False, team, stated=True))
        grouped: set[int] = set()  # (the statements INSPECT_GROUPS read, by where they start: no INSPECT_COMMAS reading of them)
        for m in INSPECT_GROUPS.finditer(text, sentence.start, sentence.end) if "对" in s_text and _counts_parted(s_text) else ():
            grouped.add(m.start())
            mode = _inspection_mode(text, m)
            team = _lead_team(ctx, sentence, _team_before(ctx, sentence, m.start()))
            found += [Statement(m.start(), *g.span("units"), mode, bool(m.group("done")), team)
                      for g in UNIT_GROUP_IN.finditer(text, m.start("targets"), m.end("targets"))]
        for m in (INSPECT_COMMAS.finditer(text, sentence.start, sentence.end)
                  if "对" in s_text and ("," in s_text or "，" in s_text) else ()):
            # (groups under places: INSPECT_UNDER)
            if m.start() not in grouped and not UNDER_WORDS.search(m.group("targets")) and all(
                    ORG_END.search(UNIT_PERIOD.sub("", part).strip())  # (A、B(3月上旬至4月中旬),C、D(…): periods after groups)
                    for part in re.split(r"[,，]", m.group("targets"))):
                found.append(Statement(m.start(), *m.span("targets"), _inspection_mode(text, m), bool(m.group("done")),
                                       _lead_team(ctx, sentence, _team_before(ctx, sentence, m.start()))))
        for m in INSPECT_UNDER.finditer(text, sentence.start, sentence.end) if UNDER_WORDS.search(s_text) else ():
            found += _units_under(ctx, sentence, m)
        for m in ENTERS_THE_UNIT_SAID.finditer(text, sentence.start, sentence.end) if "该" in s_text else ():
            if (unit := _unit_gone_to(ctx, sentence, m)) is not None:
                found.append(Statement(m.start(), *unit, None, False, _named_team_before(ctx, sentence, m.start()),
                                       stated=True))
        for m in ALSO_INSPECTED.finditer(text, sentence.start, sentence.end) if "巡" in s_text else ():
            # (并延伸巡察了旗农牧局党组、旗乌兰牧骑: a list one of whose units ends as a unit's name does)
            if (any(ORG_END.search(p) for p in re.split(r"[、和及]", SHORT_AFTER_BODY.sub(r"\g<name>", m.group("targets"))))
                    or EXTENDED_COUNT.fullmatch(m.group("targets")) and "延伸" in text[m.start():m.start("targets")]) \
                    and ((team := _team_before(ctx, sentence, m.start("targets"))) is not None or ctx.round_of(sentence)):
                # (十四届县委第三轮巡察对A等3个单位党组开展了专项巡察，同步延伸巡察了12个贫困村: the round's, no team named)
                span = _named_after_count(ctx, *m.span("targets")) or m.span("targets")
                found.append(Statement(m.start(), *span, None, False, team, stated=True))
        for m in UNIT_ANSWERS_TEAM.finditer(text, sentence.start, sentence.end) if "落实" in s_text else ():
            # (县农业农村局党组汇报了落实县委第一巡察组巡察反馈意见的整改情况: the unit the team fed back to, inspected)
            team = ctx.first_within(ctx.teams, m.end(), m.end() + ANSWERED_TEAM_REACH)
            if team is not None and _specific(team) and ORG_END.search(m.group("unit")) \
                    and not TEAM_OR_OFFICE.search(m.group("unit")):
                found.append(Statement(m.start("unit"), *m.span("unit"), None, False, team, stated=True))
        for line in ROUND_LINE.finditer(text, sentence.start, sentence.end):
            # 第一轮（2021年4月）：A、B / 2019年第一轮：C、D / 第一批（3月至5月）：E、F: a round's or batch's units on its line,
            # the one team the page names before them theirs (else no team's), dated by the line's own date
            units_end = _before_unit_cut(text, *line.span("units"))  # (…、市统计局、市城市管理: the page cut)
            if _all_units(text[line.start("units"):units_end]):
                dated = ctx.dates_in(line.start(), line.start("units"))
                found.append(Statement(line.start("units"), line.start("units"), units_end, None, False,
                                       _only_team_before(ctx, line.start()),
                                       stated=True, when=dated[0] if dated else None))
        if "延伸" in s_text and (opening := EXTENDED_OPENING.match(text, sentence.start, sentence.end)) and \
                _all_units(opening.group("targets")) and \
                (team := ctx.last_within(ctx.teams, ctx.paragraph_start(sentence.start), sentence.start)) is not None:
            # 甲盟委：由自治区党委第一巡视组负责，组长：某某。延伸巡视A、B。: the units the team named before extends to
            found.append(Statement(opening.start(), *opening.span("targets"), None, False, team, stated=True))
        elif "延伸" in s_text and (extends := EXTENDED_IN_CLAUSE.search(text, sentence.start, sentence.end)) and \
                _all_units(extends.group("targets")):
            # 组长表示本轮巡察将延伸巡察西沟村党总支 / 并告知同步延伸巡察A: the team's inspection extended to them (对A巡察期间，
            # 同步延伸巡察了B: no team's, where the sentence's inspection names none)
            team = ctx.last_within(ctx.teams, sentence.start, extends.start()) or _extending_team(ctx, found, extends.start())
            found.append(Statement(extends.start(), *extends.span("targets"), None, False, team, stated=True))
        for m in REPORT_TITLE.finditer(text, sentence.start, sentence.end) if report_titles else ():
            if ORG_END.search(m.group("unit")) and not INSPECTION_SIDE.search(m.group("unit")):
                team = ctx.first_within(ctx.teams, m.end("unit"), m.end()) or _titles_heading_team(ctx, m.start())
                found.append(Statement(m.start("unit"), *m.span("unit"), None, True, team, of_round=team is None,
                                       stated=True))
        for m in (ACCEPT.finditer(text, sentence.start, sentence.end) if _has_any(text, sentence, ("接受",)) else ()):
            by = ctx.within(ctx.teams, m.start("by"), m.end("by")) if m.group("by") else []
            found.append(Statement(m.end("plan") if m.group("plan") else m.start(), m.start("targets"),
                                   m.end("targets"), m.group("mode"), False,
                                   by[-1] if by else _team_before(ctx, sentence, m.start())))
        for m in (WELCOMES_TEAM.finditer(text, sentence.start, sentence.end) if "迎来" in s_text else ()):
            # (亦迎来巡视组进驻: a team the page does not name, not the one it names)
            by = [t for t in ctx.within(ctx.teams, *m.span("by")) if not BARE_TEAM.fullmatch(t.text)]
            start = PUBLISHERS_OPENING.match(text, _clause_opening(text, sentence.start, m.start("targets")), m.end("targets")).end()
            found.append(Statement(m.start("by"), start, m.end("targets"), None, False, by[-1] if by else None, stated=True))
        if told := _tells_its_report(ctx, sentence):
            # (北辰工业大学党委通报，学校…: a unit of the round whose rectification the roundup retells, no team of its own)
            found.append(Statement(told.start(), *told.span("targets"), None, False, None, of_round=True, stated=True))
        for m in HOSTS_TEAM_MEETING.finditer(text, sentence.start, sentence.end) if "召开" in s_text else ():
            if (by := _team_at(ctx, m.end(), sentence.end)) is not None and ORG_END.search(m.group("targets")):
                # (a feedback meeting's day is the feedback's, not its inspection's)
                found.append(Statement(m.start(), *m.span("targets"), None, False, by, stated=True,
                                       of_round=m.group("kind").startswith("反馈")))
        for m in TAKEN_ON_BY.finditer(text, sentence.start, sentence.end) if "由" in s_text else ():
            if (by := _team_at(ctx, m.end(), sentence.end)) is not None:
                found.append(Statement(m.start(), *m.span("targets"), m.group("mode"), False, by, stated=True))
        if headed := _unit_then_team(ctx, sentence):
            line, by, _ = headed
            found.append(Statement(line.start("targets"), *line.span("targets"), None, False, by, stated=True))
        elif answering := _unit_answering_team(ctx, sentence):
            found.append(Statement(answering[0], *answering[:2], None, False, answering[2], stated=True))
        for m in (AMONG_THEM.finditer(text, sentence.start, sentence.end) if "包" in s_text or "其中" in s_text else ()):
            counted = list(COUNTED_INSPECTION.finditer(text, sentence.start, m.start()))
            if counted and COUNTED_INSPECTION.fullmatch(text, counted[-1].start(), m.start()):
                found.append(Statement(m.start(), *m.span("units"), None, False, _team_before(ctx, sentence, counted[-1].start()),
                                       of_round=True, stated=True))
            elif (COUNTED_CLAUSE.search(text, sentence.start, m.end()) or COUNTED_CLAUSE_HEAD.search(text, sentence.start, m.start())
                  and ETC_COUNT_CLOSE.search(text, m.start("units"), m.end("units"))) and \
                    _all_units(listed := UNITS_JOINED.sub("、", CLOSED_BY_ETC_TAIL.sub("", text[m.start("units"):(
                        units_end := _before_unit_cut(text, *m.span("units")))]))) and not COUNTED_LIST.search(listed):
                # (not 包括12家一级分行党委和6家直属机构: the count's kinds, counted again)
                team = _team_before(ctx, sentence, m.start())  # (the round's units, no team of theirs: 15个巡视组 is a group)
                found.append(Statement(m.start(), m.start("units"), units_end, None, False,
                                       team if team is not None and not team.attrs.get("group") else None,
                                       of_round=True, stated=True))
        for m in (LISTED_AS_OBJECT.finditer(text, sentence.start, sentence.end) if "对象" in s_text or "范围" in s_text else ()):
            by = ctx.within(ctx.teams, m.end("targets"), m.end())  # (A被列为县委第五巡察组本轮巡察对象)
            if not by:
                continue  # (我院被列为本轮巡察对象: the round's object, its team and name told after)
            found.append(Statement(m.end("targets"), m.start("targets"), m.end("targets"), None, False, by[-1]))
        for m in ENTER.finditer(text, sentence.start, sentence.end):
            team = _team_before(ctx, sentence, m.start(), joined=True)  # (省委第一巡视组:3月23日进驻A;3月25日进驻B)
            if BASE_PLACE.fullmatch(text, *m.span("targets")) and VILLAGES_INSPECTED.match(text, m.end("targets"), sentence.end):
                continue  # 进驻桃源镇，对桃源村党总支、李家村党支部…开展巡察: the township the team works from, its villages inspected
            if BASE_PLACE.fullmatch(text, *m.span("targets")) and (then := THEN_INSPECTS.match(text, m.end("targets"), sentence.end)):
                if team is not None:  # X交叉巡察组进驻安平县，巡察城关镇党委、黄岭乡党委: the county the team goes to, then its units
                    found.append(Statement(then.start(), *then.span("targets"), None, False, team))
                continue
            batch = ROUND_ENTERS.search(text, _clause_opening(text, sentence.start, m.start()), m.start())
            if batch and batch.end() == m.start() and (batch.group("numbered") or batch.group("batch")):
                # 本轮巡察第二批次将于4月上旬进驻A、B和C: a round's units, no team named for them (nor the team before's)
                if _all_units(m.group("targets")):
                    found.append(Statement(m.start(), *m.span("targets"), m.group("mode"), False, None, of_round=True,
                                           stated=True))
                continue
            if TEAMS_COUNTED_ENTER.search(text, _clause_opening(text, sentence.start, m.start()), m.start()):
                # 另有两个巡视组分别进驻A和B: units of the round whose teams the page does not say
                found.append(Statement(m.start(), m.start("targets"), _units_after(text, m.end("targets")), m.group("mode"),
                                       False, None, stated=True))
                continue
            if team is not None:
                after = ENTER_MODE.match(text, m.end(), sentence.end) if m.group("mode") is None else None
                mode = ("回头看" if after.group("rev") or after.group("rev2") else after.group("mode")) if after else m.group("mode")
                found.append(Statement(m.start(), m.start("targets"), _units_after(text, m.end("targets")), mode, False,
                                       team))
        for m in INSPECT_OF.finditer(text, sentence.start, sentence.end):
            team = _lead_team(ctx, sentence, _team_before(ctx, sentence, m.start()))
            found.append(Statement(m.start(), m.start("targets"), m.end("targets"), m.group("mode"),
                                   m.group("verb") in ("完成", "结束"), team, stated=True))
        for m in INSPECTION_ONGOING.finditer(text, sentence.start, sentence.end) if "进行" in s_text or "推进" in s_text else ():
            team = _lead_team(ctx, sentence, _team_before(ctx, sentence, m.start()))
            found.append(Statement(m.start(), *m.span("targets"), m.group("mode"), False, team, stated=True))
        for m in INSPECTION_NAMED.finditer(text, sentence.start, sentence.end):
            team = _team_before(ctx, sentence, m.start())
            if team is not None and team.end == m.start():
                found.append(Statement(m.start(), m.start("targets"), m.end("targets"), m.group("mode"), True, team,
                                       of_round=True, stated=True))
        reported = chain(INSPECTION_REPORTED.finditer(text, sentence.start, sentence.end),
                         INSPECTION_REPORTED_OF.finditer(text, sentence.start, sentence.end))
        heard_before = False  # (汇报了对A的专项巡察情况和对B的巡察情况: the second report joined to the first)
        for m in reported if "汇报" in s_text or "报告" in s_text else ():
            heard_before = bool(m.group("lead") or m.group("heard")) or (
                heard_before and text[m.start() - 1:m.start()] in TEAM_JOINERS)
            said = m.groupdict().get("said", "巡察") or "延伸" in m.group("targets")  # (INSPECTION_REPORTED_OF says it)
            # (对A、B等10个地方和单位的巡视情况汇报: the units named before the count)
            units = m.group("targets")[:counted.start()] if (counted := COUNTED_AFTER_LIST.search(m.group("targets"))) else m.group("targets")
            if ORG_END.search(units) and heard_before and said:
                team = _lead_team(ctx, sentence, _team_before(ctx, sentence, m.start()))
                mode = "回头看" if m.groupdict().get("rev") else m.groupdict().get("mode")
                found.append(Statement(m.start(), *m.span("targets"), mode, False, team, of_round=True, stated=True))
                found += [Statement(by.start, start, end, mode, False, by, of_round=True, stated=True, alone=True)
                          for by, start, end in _pairs_before(ctx, sentence, m.start())]  # (第一巡察组对A、第二巡察组对B的…)
        for m in ROUND_FEEDBACK_NAMED.finditer(text, sentence.start, sentence.end):
            group = "targets" if m.group("targets") else "digested"
            found.append(Statement(m.start(), m.start(group), m.end(group), m.group("mode"), True, None,
                                   of_round=True, stated=True))
        for m in OBJECT_LIST.finditer(text, sentence.start, sentence.end):
            if m.group("bare") and not _counted_before(ctx, sentence) and not _objects_said_before(ctx, sentence):
                continue
            below = _kind_lines(ctx, ctx.paragraph_end(m.end())) if m.group("below") or m.group("kinds") else []
            if (m.group("below") or m.group("kinds")) and not below or \
                    m.group("kinds") and "巡" not in text[max(0, m.start() - KINDS_LEAD_REACH):m.start()]:
                continue
            card_team = ctx.last_within(ctx.teams, max(0, m.start() - CARD_TEAM_REACH), m.start())
            card = _card_units(ctx, card_team) if card_team else None
            carded = card is not None and m.start() <= card.targets_start <= m.end() + 1
            card_mode = card.mode if carded else None  # (▶ 县委第四巡察组(专项)⏎巡察对象:A)
            first = ctx.first_within(ctx.teams, m.end(), ctx.paragraph_end(m.end()))
            if first and first.start <= m.end() + 1 and TEAM_LINE_COLON.match(text, first.end):
                continue  # 具体为:市委第一巡察组:A、B;…: each team's units, read with the team (_team_unit_parts)
            end, beneath = _list_after(ctx, m.end())
            if m.group("heading") is not None and not (beneath and text.count("\n", m.end(), end) >= 2):
                continue
            if not beneath and m.group().endswith(OBJECTS_SAID) and (semi := CLAUSE_JOIN.search(text, m.end(), end)):
                end = semi.start()  # (省委第二巡视组的巡视对象为A;B、C为…: a list without its colon ends with its clause)
            if not beneath and (second := KIND_LIST_AFTER.search(text, m.end(), end)):
                found.append(Statement(second.end(), second.end(), end, None, False, None, stated=True))
                end = second.start()  # (…包括A、B，中央企业则包括C、D: the second kind's units its own list)
            if not beneath and (field := NEXT_FIELD.search(text, m.end(), end)):
                end = field.start()  # (中央第一巡视组 组长:某 巡视对象:A、B 值班电话:…: the field after the units ends them)
            kinds = _kind_lines(ctx, m.end()) if beneath or KIND_LINE.match(text, m.end(), ctx.paragraph_end(m.end())) else []
            if (next_team := ctx.first_within(ctx.teams, m.end(), end)) is not None:
                end = next_team.start  # 第一巡察组巡察单位:A、B;第二巡察组巡察单位:C: the next team's list is its own
            when = None if last_date_before(ctx, sentence, m.start()) else _round_date_before(ctx, sentence)
            by = _labelled_card_team(ctx, m.start()) or _team_before(ctx, sentence, m.start())
            if by is None and (card := _card(ctx, m.start())):
                by, when = card
            elif by is None and carded:
                by = card_team  # (巡察组:县委第三巡察组⏎巡察对象:A: the card's team)
            if by is None and (beneath or FEEDBACK_OBJECTS.match(text, m.start()) or _counted_before(ctx, sentence)
                               or (not m.group("published") and COUNTED_LIST.search(m.group()))):
                by = _only_team_before(ctx, m.start())  # (本次被巡察的党组织共18个,分别是: the one team's named before)
            if NO_TEAM_SAID.search(text, m.end(), sentence.end):
                by = None  # (…的对象则包括A和B，但未说明由哪一组负责: no team's, whichever the page named before)
            kinds = below or kinds or [g.span("units") for g in KIND_THEN_UNITS.finditer(text, m.end(), end)]
            mode = ROUND_MODE.search(m.group())  # (对以下…党组织开展了常规巡视:)
            if not kinds and _counts_parted(text[m.end():end]) and (groups := list(UNIT_GROUP_IN.finditer(text, m.end(), end))) \
                    and not text[groups[-1].end():end].strip(UNIT_GROUP_SEPARATORS + "。"):
                # (A、B13个省区，C、D11个中央和国家机关，以及E、F2家…: the groups, each closed by its count, to the list's end)
                kinds = [g.span("units") for g in groups]
            for start, stop in kinds or [(m.end(), end)]:  # (the units that published their rectification: the round's)
                found.append(Statement(m.start(), start, stop, mode.group("mode") if mode else card_mode,
                                       bool(m.group("published")), by,
                                       of_round=bool(m.group("published")), stated=True, when=when))
        found += _kinds_counted(ctx, sentence, kinds_read) if KIND_COUNTED_LEAD.search(s_text) else []
        for m in (RECTIFICATION_PUBLISHED.finditer(text, sentence.start, sentence.end)
                  if _has_any(text, sentence, PUBLISHING_WORDS) else ()):  # (its verb)
            start = _clause_opening(text, max(sentence.start, m.start() - MAX_UNITS_BEFORE), m.start())
            start = PUBLISHERS_OPENING.match(text, start, m.start()).end()  # (16日又有A、B…公布: the units after 又有)
            if ctx.first_within(ctx.teams, start, m.start()):
                continue  # 第四巡视组巡视的A、B分别公布了整改报告: read with the team (UNITS_OF_TEAM)
            when = PUBLISHED_WHEN.search(text, start, m.start())
            if m.group("notice") and "整改" not in (ctx.doc.metadata.title or "") + text[
                    ctx.paragraph_start(sentence.start):ctx.paragraph_end(sentence.start)]:
                continue  # (市纪委监委公布的通报显示: a notice of another kind, where neither the paragraph nor the headline is on rectification)
            if PUBLISHED_OTHERS.search(m.group("object")) or ctx.first_within(ctx.orgs, *m.span("object")) \
                    or PUBLISHER_SITE.search(text[start:when.start() if when else m.start()]):
                continue  # 中纪委公布16地方单位巡视整改进展 / 中央纪委网站公布了…: the publisher, not a unit that rectified
            # 此外,A、B也公布了整改进展: other units than those of the team named before (none but its own)
            by = (ctx.last_within(ctx.teams, sentence.start, m.start()) if GOES_ON.match(text, sentence.start)
                  else _team_before(ctx, sentence, m.start()))
            found.append(Statement(m.start(), start, when.start() if when else m.start(), None, True, by,
                                   of_round=True, stated=True))
        for m in REPORTS_PUBLISHED.finditer(text, sentence.start, sentence.end) if "整改" in s_text or "通报" in s_text and (
                "整改" in (ctx.doc.metadata.title or "") + text[ctx.paragraph_start(sentence.start):sentence.start]
                or "整改" in text[:ctx.paragraph_start(sentence.start)][:200]) else ():
            # (A和B的通报亦已公布 on a page, or after a paragraph, on rectification)
            start = PUBLISHERS_OPENING.match(text, _clause_opening(text, max(sentence.start, m.start() - MAX_UNITS_BEFORE),
                                                                   m.start())).end()
            # (海淀区、朝阳区，以及A、B等单位的整改通报陆续公开: two lists joined by 以及, the second closed by its kind)
            if _all_units(GROUP_TAIL.sub("", UNITS_JOINED.sub("、", LIST_JOINED.sub("、", text[start:m.start()])))):
                found.append(Statement(m.start(), start, m.start(), None, True, None, of_round=True, stated=True))
        if (line := UNIT_COUNT_LINE.match(text, sentence.start, sentence.end)) and ORG_END.search(line.group("unit")) \
                and _under_round(ctx, sentence) and text.find(line.group("unit"), 0, sentence.start) < 0:
            # (a unit named before, with its team, is that team's: the line only counts its problems)
            found.append(Statement(line.start("unit"), *line.span("unit"), None, False, None, stated=True,
                                   when=_period_said_before(ctx, sentence.start)))
        for m in (chain(RECTIFICATION_PUBLISHED_OF.finditer(text, sentence.start, sentence.end),
                        PUBLISHERS_NAMED_AFTER.finditer(text, sentence.start, sentence.end))
                  if "整改" in s_text and ("公布" in s_text or "公开" in s_text) else ()):
            # (同日公开整改通报的，还有A、B及C等多家金融机构: a cleft's units, each a unit's name)
            if m.re is RECTIFICATION_PUBLISHED_OF or _all_units(GROUP_TAIL.sub("", m.group("targets"))):
                found.append(Statement(m.start(), *m.span("targets"), None, True, None, of_round=True, stated=True))
        if _has_any(text, sentence, CALLED_OUT_VERBS):
            found += _called_out(ctx, sentence)
        if _has_any(text, sentence, ("整改",)) and (rectifying := _rectifying(ctx, sentence)):
            found.append(rectifying)
        if ("纳入" in s_text or "名单" in s_text) and \
                (included := INCLUDED_IN_ROUND.search(text, sentence.start, sentence.end)):
            opened = INCLUDED_OPENING.match(text, sentence.start, included.start())
            found.append(Statement(included.start(), opened.end(), included.start(), None, True, None, of_round=True,
                                   stated=True))
        for m in ROUND_UNITS_IN.finditer(text, sentence.start, sentence.end):
            if (team := ctx.first_within(ctx.teams, m.end(), m.end() + WHILE_REACH)) and team.start == m.end():
                continue  # 第八轮巡视的12个巡视组完成对A、B…: the round's teams, not its units
            found.append(Statement(m.start(), m.end(), _list_end(text, m.end(), sentence.end), None, True,
                                   _team_before(ctx, sentence, m.start()), of_round=True, stated=True))
        for done in CLAUSE_INSPECTED.finditer(text, sentence.start, sentence.end) \
                if "巡视了" in s_text or "巡察了" in s_text else ():
            # 市委还对市直部门开展了两轮巡察，巡察了A、B等14个部门党组织: the clause's units, inspected (by the team before it, if
            # the sentence names one)
            if ORG_END.search(done.group("targets")) and not ROUGH_COUNT.match(done.group("targets")) and \
                    not ctx.within(ctx.teams, *done.span("targets")):  # (巡视了277个党组织: a term's count, the target as written)
                found.append(Statement(done.start(), *done.span("targets"), None, True,
                                       _team_before(ctx, sentence, done.start()), stated=True))
        if (verb := SUBJECT_LESS_VERB.match(text, sentence.start, sentence.end)) and \
                (subject := _section_team(ctx, sentence) or _paragraph_team(ctx, sentence)) and \
                ORG_END.search(verb.group("targets3") or ""):
            # 第一组：县委第一巡察组（组长：某某）。巡察A、B、C。 / （一）县委第一巡察组⏎组长:某某。巡察A: the team opening
            # the paragraph, or alone on the line above it, inspected them
            found.append(Statement(verb.start(), *verb.span("targets3"), None, False, subject, stated=True))
        for t in ctx.within(ctx.teams, sentence.start, sentence.end):
            if extended := _card_extensions(ctx, t):
                found.append(extended)  # (its card's 延伸巡察: line; its 巡察对象: line read as any card's is)
            if tasked := _units_tasked(ctx, sentence, t):
                found.append(tasked)  # (承担A、B巡察整改“回头看”任务: read before its verb's reading takes 承担 for a unit)
                continue
            # (省委第一巡视组(以下简称“一组”)巡视A: the short name it defines, as its leaders, stands between it and its verb)
            after = short.end() if (short := SHORT_TEAM_DEFINED.match(text, t.end, sentence.end)) else t.end
            led = TEAM_LEADERS.match(text, after, sentence.end)
            after = led.end() if led else after
            verb_at = _past_time(ctx, after, sentence.end)  # (县委第二巡察组同期巡察了B)
            while (manner := TEAM_MANNER.match(text, verb_at, sentence.end)) and manner.end() > verb_at:
                verb_at = manner.end()  # (市委第一巡察组：提级巡察A: the colon, then the kind)
            verb_at = TEAM_VERB_LEAD.match(text, verb_at).end()  # (中央第七巡视组则负责巡视A / 将延伸巡视B)
            if (under := TEAM_VERB_UNDER.match(text, verb_at, sentence.end)) and \
                    _all_units(text[under.start("targets"):(cut := _before_unit_cut(text, *under.span("targets")))]):
                found.append(Statement(verb_at, under.start("targets"), cut, None, False, t, stated=True))  # (…、沙洲: the page cut)
                continue
            after_adverb = verb_at + (2 if text.startswith(ADVERBS, verb_at) else 0)  # 分别巡视A、B
            if after_adverb > verb_at and (manner := TEAM_MANNER.match(text, after_adverb, sentence.end)):
                after_adverb = manner.end()  # (第一巡察组、第二巡察组分别联动巡察A、B: the kind after the adverb)
            m = TEAM_VERB.match(text, after_adverb, sentence.end)
            if m is None and text.startswith("在", after):  # 第三巡察组在巡察A期间: the clause of when, the unit it inspects
                m = TEAM_VERB.match(text, after + 1, sentence.end)
                m = m if m and m.group("what") in WHILE_INSPECTING else None
            elif m is None and (held := next((w for w in TEAM_HOLDS if text.startswith(w, after_adverb)), None)):
                # 第三巡察组召开巡察A工作动员会 / 第二巡察组分别召开巡察A、B工作动员会
                m = TEAM_VERB.match(text, after_adverb + len(held), sentence.end)
                m = m if m and m.group("what") in TEAM_MEETINGS.split("|") else None
            group = "targets2" if m and m.group("done") else "targets3" if m and m.group("targets3") else "targets"
            t_end = _before_unit_cut(text, m.start(group), m.end(group)) if m else 0  # (…、茶坪村、鹿鸣: the page cut)
            if m and group == "targets3" and t_end == m.end(group):
                t_end = _units_after_commas(text, t_end)  # (巡视市发展改革委,市财政局;: the page's commas for 、)
            bare = SHORT_AFTER_BODY.sub(r"\g<name>", UNIT_NOTE.sub("", UNIT_PERIOD.sub("", text[m.start(group):t_end]))) if m else ""
            bare = CONTAINED_UNITS.sub(r"、\g<units>", bare)  # (定西市（延伸巡视岷县）: the units it takes in, the last a unit)
            if m and m.group("what") not in ("反馈会", "反馈大会", "反馈意见会") and \
                    ORG_END.search(COUNT_TAIL.sub("", GROUP_TAIL.sub("", bare))):
                # (A、B(4月8日至5月31日); A、B和C3家文化单位; A、B(一托二), A(提级巡察))
                # (巡视了A: said as done, whoever the team is: 其余巡视组分别巡视了A、B)
                found.append(Statement(verb_at, m.start(group), t_end, None, False, t, stated=bool(m.group("done"))))
            if (units := UNITS_OF_TEAM.match(text, t.end, sentence.end)) and ORG_END.search(units.group("targets")):
                found.append(Statement(t.end, *units.span("targets"), None, True, t, stated=True))
            if (at := FOUND_AT_UNIT.match(text, after, sentence.end)) and ORG_END.search(at.group("unit")):
                # 市委第三巡视组在市教委发现，A / 省委第四巡视组在金寨县发现…: the unit it inspected, where it found them
                found.append(Statement(t.end, *at.span("unit"), None, True, t, stated=True))
            if (counted := TEAM_COUNTED_UNITS.match(text, after, sentence.end)) and _all_units(counted.group("targets")):
                found.append(Statement(t.end, *counted.span("targets"), None, False, t, stated=True))
                continue
            if (bracketed := BRACKETED_UNITS.match(text, t.end, sentence.end) or
                    BRACKETED_UNITS_CLOSING.match(text, t.end, ctx.paragraph_end(t.end))) and \
                    _all_units(bracketed.group("targets")) and not (
                        # (县委第一巡察组（共2个党组织）⏎A、B: the count of the units beneath, none itself)
                        UNITS_COUNT_NOTE.match(text, t.end) and _units_line_below(ctx, ctx.paragraph_end(t.end))):
                found.append(Statement(t.end, *bracketed.span("targets"), None, False, t, stated=True))
                continue
            if (at := MEETING_AT_UNIT.match(text, t.end, sentence.end)) and ORG_END.search(at.group("targets")):
                found.append(Statement(t.end, *at.span("targets"), None, False, t, stated=True))
                continue
            if (meets := MEETS_WITH.match(text, t.end, sentence.end)) and ORG_END.search(meets.group("targets")):
                found.append(Statement(t.end, *meets.span("targets"), None, False, t, stated=True))
                continue  # (the units it meets host the meeting: no more to read after the team)
            if hosted := _mobilisation_hosts(ctx, sentence, t):
                found += hosted
                continue
            at_line_start = t.start == _line_start(text, sentence.start)
            if t.start in row_teams:
                continue  # read with its table's columns (_table_statements)
            if handed := _units_handed(ctx, sentence, t):
                found += handed
                continue
            if TEAM_TOLD_REPORTED.match(text, verb_at, sentence.end) and (subject := _report_subject(ctx, sentence)):
                found.append(Statement(t.end, *subject, None, False, t, stated=True))
                continue
            assigned = RESPONSIBLE.match(text, verb_at, sentence.end)
            if assigned:
                found.append(_assigned(ctx, t, assigned))
                continue
            row = (TABLE_ROW.match(text, t.end, sentence.end) or COLON_ROW.match(text, t.end, sentence.end)
                   if table and at_line_start else None)
            if row:  # 省委第一巡视组 | 甲市委 | 2023年3月1日: a row of a table of teams and the units they inspect
                cells_end = _unit_cells_end(text, row.end(), ctx.paragraph_end(t.end)) if _all_units(row.group("cell")) \
                    else row.end("cell")
                found.append(Statement(sentence.end, row.start("cell"), cells_end, None, False, t, stated=True))
            elif at_line_start and (bare := _bare_row(ctx, t)):
                found.append(bare)
            elif (at_line_start or TEAM_PARTS_OPENER.search(text, max(0, t.start - 3), t.start)
                  or _runs_on_team_units(ctx, t)) and (parts := _team_unit_parts(ctx, t)):
                found += parts
            elif at_line_start and (batches := _team_batches(ctx, t)):
                found += batches
            elif at_line_start and (units := _team_units_line(ctx, t)):
                found.append(Statement(units[0], *units, None, False, t, stated=True, when=_lines_introduced(ctx, t.start)))
            elif at_line_start and (cells := _team_cells_line(ctx, t)):
                found += [Statement(start, start, end, None, False, t, stated=True, when=_lines_introduced(ctx, t.start))
                          for start, end in cells]
            elif at_line_start and (below := _units_below(ctx, t)):
                found += below
            elif at_line_start and (cells := _card_cells(ctx, t)):
                found.append(cells)
            elif at_line_start and (barred := _barred_card(ctx, t)):
                found += barred
            elif section := _unit_section(ctx, t):
                unit, verb = section
                found.append(Statement(verb.end(), *unit.span("unit"), _mode(verb.group("mode")), False, t, stated=True,
                                       alone=True))
            elif at_line_start and (numbered := _numbered_units(ctx, t)):
                # (the sections after the first: the period the round's sentence before them states)
                when = _lines_introduced(ctx, t.start) or _period_said_before(ctx, t.start)
                found += [Statement(t.start, start, end, mode, False, t, stated=True, when=when, alone=True)
                          for start, end, mode, _ in numbered]
            elif (unit := _unit_of_line(ctx, t)) is not None:  # (a list of the units a round's sentence dates)
                dated = [d for d in ctx.dates_in(_line_start(text, t.start), ctx.paragraph_end(t.start))
                         if not DAY_FED_BACK.match(text, d[0].end)]  # (…,8月5日反馈: the feedback's day, not its own)
                found.append(Statement(t.start, *unit, None, False, t, stated=True,
                                       when=None if dated else _period_said_before(ctx, t.start)))
            elif (before := _unit_before_bracket(ctx, sentence, t)) is not None:
                found.append(before)
            elif (cell := _unit_cell_before(ctx, t)) is not None:
                found.append(cell)
            elif ((dashed := TEAM_DASH_UNITS.match(text, led.end() if led else t.end, sentence.end))
                  and _all_units(dashed.group("cell"))):
                found.append(Statement(t.start, *dashed.span("cell"), None, False, t, stated=True))
            elif table and at_line_start and not text[t.end:sentence.end].strip():
                found += _cell_lines(ctx, t)
            elif (card := _card_units(ctx, t)) is not None:
                found.append(card)
            elif at_line_start and (row := TEAM_ROW_FIGURES.match(text, t.end, ctx.paragraph_end(t.start))) \
                    and _all_units(row.group("cell")):
                # 1. 区委第一巡察组 蒲溪镇青石村党总支 12 11 1: a row of a table whose header the page lost
                found.append(Statement(t.start, *row.span("cell"), None, False, t, stated=True,
                                       when=_lines_introduced(ctx, t.start) or _period_said_before(ctx, t.start)))
        found[from_rows:] = [st for st in found[from_rows:] if not _in_spans(row_cells, st.targets_start)]
        found = [part for st in found for part in _units_dated_apart(ctx, st)]
        for pos, t_start, t_end, mode, done, team, of_round, stated, when, alone in found:
            if team is None and (this := THIS_INSPECTION.search(text, sentence.start, pos)) and this.end() <= t_start:
                # (本次巡察对A开展常规巡察,同时对B开展提级巡察 on the page of one team's inspection, or after the sentence of one)
                team = _only_team(ctx) or _team_of_sentence_before(ctx, sentence)
            if not party_page and (team is None or not (_specific(team) or _placed(team))):
                continue  # (公安分局…对辖区夜市、烧烤摊点开展巡逻巡察: no Party inspection's)
            targets = [t for t in split_targets(ctx, t_start, t_end, for_feedback=False) if not INSPECTED_UNITS.match(t)]
            if len(targets) <= 1 and (back := BACK_REFERENCE.fullmatch(text, t_start, t_end)
                                      or targets and BACK_REFERENCE.fullmatch(targets[0])):
                listed = _units_listed_before(text, out, back)
                if listed and team is None:
                    continue  # the units listed before, said again: their round's period dates them (round_period)
                targets = listed or _units_fed_back_before(ctx, t_start, back) or targets
            if of_round and all(COLLECTIVE.match(t) for t in targets):
                continue  # 第七轮巡视的32个单位党组织的整改情况: a count of the round's units, not a list of them
            targets = _listed_elsewhere(ctx, text[t_start:t_end], targets) or targets
            date = when or (None if of_round else _period_after(ctx, sentence, t_end) or _entered_to_done(ctx, sentence, pos)
                            or last_date_before(ctx, sentence, pos)
                            or _shared_date(ctx, sentence) or _same_day(ctx, sentence) or _entry_date(ctx, sentence))
            if date is not None and not when and (
                    _fed_back_day_line(ctx, sentence) or _in_table_cell(ctx, date[0].start, FEEDBACK_DATE_COLUMNS)):
                # (6月3日：省委第一巡视组—A under …反馈巡视情况。具体安排如下：, or 11月6日 | 第一巡察组 | A under 反馈时间 | 巡察组 |
                # 被巡察党支部: the day of its feedback, not its own)
                date = None
            lead = _lead_clause(ctx, sentence)
            round_m = ctx.round_of(sentence) or ctx.round_of(lead)
            if date is None and not of_round:  # the period its round's sentence states, or the sentence 其中 details
                if period := _round_period_before(ctx, sentence):
                    date, round_m = period[0], round_m or period[1]
                else:
                    date = _date_of_those(ctx, sentence) or _heading_period(ctx, sentence)
            # A statement of what was done, not of what is to be done: 进行了, a date, 完成; never 将对X开展巡视,
            # unless the paragraph says the round is under way (巡察组已完成进驻,将对X开展巡察). A sentence that
            # names its round (十一届县委第三轮巡察…对X开展巡察) or the inspection's length (开展为期一个月的巡察)
            # states the inspection.
            planned = PLANNED.search(text, max(sentence.start, pos - PLAN_REACH), pos)
            under_way = planned is not None and not LATER.search(text, sentence.start, pos) and \
                _under_way(ctx, pos, paragraphs_under_way)
            # (本轮巡视对A、B开展常规巡视: the round the page reports, of the units it names, not of a count of them)
            named = any(not COLLECTIVE.match(t) for t in targets)
            # (…开展为期一个月的巡察 / of units it names, …进行“政治体检”，为期约两个月)
            lasting = "为期" in text[t_end:t_end + 6] or named and "为期" in text[t_end:sentence.end]
            recent = REPORTED_RECENTLY.search(text, sentence.start, pos) is not None or named and (
                THIS_ROUND.search(text, lead.start, pos) is not None or REPORTED_NEWS.search(text, sentence.start, pos) is not None)
            # (the units named: 派出5个巡察组,对9个县直单位开展巡察 in a mobilisation speech counts what is to come)
            rounds_done = ROUNDS_DONE.search(text, sentence.start, pos) is not None or ROUND_OPENS.match(text, sentence.start, pos) \
                is not None or (
                TEAMS_DISPATCHED.search(text, sentence.start, pos) is not None
                and any(not COLLECTIVE.match(t) for t in targets))
            # (根据中央巡视工作领导小组的统一部署，中央巡视组分别对A、B进行巡视: the units a deployment sent the teams to, named;
            # not 对委属6家医疗卫生单位党组织, a count)
            deployed = team is not None and DEPLOYMENT.search(text, sentence.start, pos) is not None and any(
                not COLLECTIVE.match(t) and not COUNTED_LIST.search(t) for t in targets)
            # (巡察组将对X开展为期一个月的巡察: a numbered team's inspection of the unit, announced as it begins)
            if (not targets or (planned and not under_way and not lasting and not (team and _specific(team)))
                    or not (_says_made(date) or done or stated or under_way or round_m or lasting or "了" in text[t_end:t_end + 4]
                            or ALREADY.search(text, max(sentence.start, t_start - ALREADY_REACH), t_start)
                            # (in a summary; not 对全县89个党组织实现巡察全覆盖, the term's total)
                            or summary_page and (named or COVERAGE not in text[t_end:sentence.end])
                            # (对A、B等20个党组织开展巡察，发现问题513个: its results counted)
                            or FOUND_COUNT.search(text, t_end, sentence.end)
                            or named and PAST_PERIOD.search(text, sentence.start, t_start)
                            and not any(UNDER_A_PLACE.search(t) for t in targets)
                            or FED_BACK_TOO.search(text, t_end, min(sentence.end, t_end + FED_BACK_TOO_REACH))
                            or (team and (_specific(team) or _placed(team))) or recent or rounds_done or deployed
                            # (…巡视完成进驻。市委13个巡视组对A、B开展巡视: the round's start said before it, in its paragraph)
                            or named and ROUND_BEGUN.search(text, ctx.paragraph_start(pos), pos) is not None
                            and not PLAN_WORD.search(text, max(sentence.start, t_start - PLAN_WORD_REACH), t_start)
                            and not COMMENTARY.match(text, sentence.start))):
                continue
            start = end = None
            if date:
                start, end = (None, date[1]) if done and not date[2] else (date[1], date[2])
            summary = _summary_count(text[t_start:t_end])
            counted = COUNTED_AFTER_LIST.search(text, t_start, t_end)
            for by, its_targets in [(team, targets)] if alone else _paired(ctx, sentence, pos, t_start, team, targets):
                # (其余巡视组分别巡视了A、B: the teams the text does not name, so no team of the graph)
                named_by = by if by and not by.text.startswith(GROUP_REST_WORDS) else None
                named_by = _heading_team_for(ctx, named_by) if named_by is not None and not _specific(named_by) else named_by
                insp = Inspection(key="", team=team_name(named_by) if named_by else None, targets=its_targets, start=start, end=end,
                                  mode=_mode(mode), round=round_m.group("round") if round_m else None,
                                  units_counted=numeral_value(counted.group("n")) if counted else None,
                                  evidence=[doc.evidence(sentence.start, sentence.end)])
                out.append((insp, sentence))
                if summary:
                    summarised.append((len(out) - 1, summary))
    # (the end of a page cut short, mid-word: None for a page whose last line closes a sentence, an item or a name, or is the
    # site's footer)
    last_line = text.rstrip().rsplit("\n", 1)[-1]
    cut_at = None if last_line.endswith(tuple(WHOLE_TEXT_END)) or PAGE_FOOTER.search(last_line) or ITEM_CLOSED.search(last_line) \
        else len(text.rstrip())
    return _without_summaries(out, summarised, cut_at)


def _units_dated_apart(ctx: Ctx, statement: Statement) -> list[Statement]:
    """市委第一巡察组:A(3月6日至4月10日)、B、C(4月17日至5月26日): a statement whose units carry their periods in
    brackets (UNIT_PERIOD), one statement a bracket for the units up to it, dated by it; the units after the last
    bracket keep the statement's own date."""
    text = ctx.doc.text
    brackets = [(m, dated[0]) for m in UNIT_PERIOD.finditer(text, statement.targets_start, statement.targets_end)
                if (dated := ctx.dates_in(*m.span()))]
    if not brackets:
        return [statement]
    out, start = [], statement.targets_start
    for bracket, when in brackets:
        out.append(statement._replace(targets_start=start, targets_end=bracket.start(), when=when))
        start = bracket.end()
        start = _trim_separators(text, start, statement.targets_end)[0]
    if text[start:statement.targets_end].strip(UNIT_GROUP_SEPARATORS + "。"):
        out.append(statement._replace(targets_start=start))
    return out


def _entered_to_done(ctx: Ctx, sentence: Sentence, pos: int) -> tuple[Mention, str | None, str | None] | None:
    """本轮巡察于9月23日进驻,11月15日完成现场巡察,对6个党组织开展常规巡察: the period from the day the teams moved in to the
    day they finished (ENTERED_THEN_DONE), both before ``pos``."""
    m = ENTERED_THEN_DONE.search(ctx.doc.text, sentence.start, pos)
    if m is None:
        return None
    entered = [d for d in ctx.dates_in(sentence.start, m.start()) if d[1]]
    done = [d for d in ctx.dates_in(m.end("entered"), m.end()) if d[1]]
    if not entered or not done or (done[-1][1] or "") < (entered[-1][1] or ""):
        return None
    return entered[-1][0], entered[-1][1], done[-1][2] or done[-1][1]


def _inspection_mode(text: str, m: re.Match[str]) -> str | None:
    """The mode a statement ending in INSPECT_AFTER_TARGETS gives (常规巡察, 专项巡视), or 回头看 for 巡察“回头看” /
    “回头看”巡察 / 开展“回头看”."""
    if m.group("rev") or m.group("rev2") or (m.group("kind") and "回头看" in text[m.start("kind") - 6:m.start("kind")]):
        return "回头看"
    return m.group("mode") or m.group("mode2") or m.group("mode3")


def _summary_page(ctx: Ctx) -> bool:
    """Whether the page is a summary of a year's or a term's inspections (安吉县委巡察办2018年工作总结和2019年工作思路 /
    2023年巡察工作综述), by a headline among its short opening lines: what it says was done, in the present tense or not."""
    text = ctx.doc.text
    return any(SUMMARY_HEADLINE.search(text, p.start, p.end)
               for p in ctx.doc.paragraphs[:SUMMARY_HEAD_LINES] if p.end - p.start <= SUMMARY_HEADLINE_LENGTH)


def _says_made(date: tuple[Mention, str | None, str | None] | None) -> bool:
    """Whether a statement's date says it was made: any date but a day alone opening a clause (…;17日,向B反馈), which
    dates a statement made, and may be a deadline's."""
    return date is not None and not date[0].attrs.get("clause_day")


def _round_date_before(ctx: Ctx, sentence: Sentence) -> tuple[Mention, str | None, str | None] | None:
    """6个巡视组于11月上旬陆续进驻…。本轮巡视的对象是: the date of the sentence before in the paragraph that says the
    teams move in (ROUND_STARTS; not the day a round was announced): the units listed next are that round's."""
    n = ctx.sentence_index(sentence)
    previous = ctx.doc.sentences[n - 1] if n > 0 else None
    if (previous is None or ctx.paragraph_start(previous.start) != ctx.paragraph_start(sentence.start)
            or not ROUND_STARTS.search(ctx.doc.text, previous.start, previous.end)):
        return None
    return last_date_before(ctx, previous, previous.end)


def _extending_team(ctx: Ctx, found: list[Statement], pos: int) -> Mention | None:
    """The team whose inspection an extension at ``pos`` names no team for extends: that of the sentence's statement
    before it (十四届县委第三轮巡察对A开展了巡察，同步延伸巡察了B: the round's, no team), else the one team the page names
    before it (县委第一巡察组巡察A动员会召开。…本轮巡察同步对B开展延伸巡察)."""
    before = [st for st in found if st.targets_end <= pos]
    return before[-1].team if before else _only_team_before(ctx, pos)


def _only_team_before(ctx: Ctx, pos: int) -> Mention | None:
    """县委第二巡察组向A反馈…对A及所辖21个村党组织开展了巡察。/ 反馈对象: / B / C: the team of a list of units beneath a
    heading that names none, where the text before it names one team only (a group of teams aside)."""
    # (市院党组巡察组先后开展6轮巡察…⏎第一轮：A、B: a team without an ordinal whose dispatcher says which it is)
    teams = [t for t in ctx.within(ctx.teams, 0, pos) if _one_team(t) or (not t.attrs["group"] and _placed(t))]
    # (梧阳县委第二巡察组 and 县委第二巡察组 are one team, told apart by ordinal and kind, or by its dispatcher where it has
    # no ordinal; 巡察组 alone is the one named)
    keys = {(t.attrs["ordinal"], t.attrs["kind"], t.attrs["ordinal"] is None and t.attrs["dispatcher"]) for t in teams}
    return teams[-1] if len(keys) == 1 else None


def _units_listed_before(text: str, out: list[tuple[Inspection, Sentence]], back: re.Match[str]) -> list[str]:
    """公布了A、B、C 3家企业的巡视整改进展情况。…中央第十四巡视组对上述3家企业开展常规巡视: the units of the last
    inspections read before whose team the text did not name (a list's groups by kind: 中管企业8家:…;中央和国家机关3家:…),
    as many as the back-reference counts (if it counts; all of them if not)."""
    n = numeral_value(back.group("n")) if back.group("n") else None
    units: list[str] = []
    abbreviated = False  # (近日，第二轮巡视的河北、山西等13个省区市党委…公布…。…对上述26个地方和单位党组织开展了…: named in part)
    for insp, sentence in reversed(out):
        if insp.team is not None:
            break
        units[:0] = insp.targets
        abbreviated = abbreviated or ABBREVIATED_LIST.search(text, sentence.start, sentence.end) is not None
        if n is not None and len(units) >= n:
            break
    return units if n is None or len(units) == n or (abbreviated and len(units) < n) else []


def _units_fed_back_before(ctx: Ctx, at: int, back: re.Match[str]) -> list[str]:
    """同日，巡察组分别向延伸巡察的A、B、C反馈…。…同步对上述3个单位党组织开展了延伸巡察: the units of the last feedback
    statement before ``at`` that names as many as the back-reference counts (none where it counts none)."""
    n = numeral_value(back.group("n")) if back.group("n") else None
    if n is None:
        return []
    spans = [m.span("targets") for m in FEEDBACK_TO.finditer(ctx.doc.text, 0, at)]
    return next((units for units in (split_targets(ctx, a, b, for_feedback=True) for a, b in reversed(spans))
                 if len(units) == n), [])


INSPECTING_VERB = re.compile(r"开展|进行|进驻")  # (a sentence's inspection, beside its feedback)


def _date_of_those(ctx: Ctx, sentence: Sentence) -> tuple[Mention, str | None, str | None] | None:
    """2024年4月至6月,…对9个村党组织开展交叉巡察。其中:第一交叉巡察组巡察A、B: a sentence opening with 其中 takes the
    last date of the sentence before it in the paragraph (the units it details are that sentence's)."""
    text = ctx.doc.text
    n = ctx.sentence_index(sentence)
    para = ctx.paragraph_start(sentence.start)
    # (…;第二巡察组巡察C: a clause joined by ； to the one opening with 其中 goes back to it)
    for back in range(MAX_JOINED + 1):
        if n - back < 1 or ctx.doc.sentences[n - back - 1].start < para:
            return None
        opening = ctx.doc.sentences[n - back]
        if OF_THOSE_OPENING.match(text, opening.start):
            previous = ctx.doc.sentences[n - back - 1]
            told = text[previous.start:previous.end]
            verbs = [m.end() for m in INSPECTING_VERB.finditer(told)]
            if "反馈" in told and not verbs:
                return None  # (3月20日,…向12个被巡察党组织集中反馈…。其中,第1巡察组:A: the day of the feedback, not theirs)
            # (4月至6月,…对A、B开展了常规巡察,8月完成反馈。其中,…: the period before the verb, not the feedback's month)
            return last_date_before(ctx, previous, previous.start + verbs[-1] if "反馈" in told else previous.end)
        if not text[max(0, opening.start - 4):opening.start].rstrip().endswith((";", "；")):
            return None
    return None


def _round_period_before(ctx: Ctx, sentence: Sentence
                         ) -> tuple[tuple[Mention, str | None, str | None], re.Match[str] | None] | None:
    """第五轮巡察于4月8日至5月31日开展。第一、第二巡察组分别对A、B开展常规巡察: the period (and round) a sentence states for
    its round, for the undated statements of the sentences after it in the paragraph (up to the next such sentence)."""
    n = ctx.sentence_index(sentence)
    para = ctx.paragraph_start(sentence.start)
    for previous in reversed(ctx.doc.sentences[max(n - MAX_JOINED, 0):n]):
        if previous.start < para:
            return None
        if m := (ROUND_PERIOD.search(ctx.doc.text, previous.start, previous.end)
                 or PERIOD_THEN_ROUND.match(ctx.doc.text, previous.start, previous.end)):
            dated = last_date_before(ctx, previous, m.end("period"))
            return (dated, ctx.round_of(previous)) if dated else None
    return None


def _heading_period(ctx: Ctx, sentence: Sentence) -> tuple[Mention, str | None, str | None] | None:
    """八届市委第三轮巡察(3月下旬至5月下旬) on a line of its own: the period of the round whose section the sentence is in
    (the nearest heading before it, a line without a full stop)."""
    text = ctx.doc.text
    i = bisect.bisect_right(ctx._para_starts, sentence.start) - 1
    for para in reversed(ctx.doc.paragraphs[max(i - HEADING_REACH, 0):i]):
        line = text[para.start:para.end]
        if "。" in line or len(line.strip()) > MAX_HEADING:
            continue
        heading = ROUND_HEADING.search(text, para.start, para.end)
        return next(iter(ctx.dates_in(*heading.span("period"))), None) if heading else None
    return None


def _mobilisation_hosts(ctx: Ctx, sentence: Sentence, team: Mention) -> list[Statement]:
    """Y召开X巡视组巡视工作动员会 (MOBILISATION_MEETING): each host as the target of the team(s) named after 召开,
    paired in order where as many teams as hosts are listed; none where the host is a dispatcher or a team."""
    text = ctx.doc.text
    verb = MEETING_BEFORE_TEAM.search(text, max(sentence.start, team.start - 3), team.start)
    if verb is None:
        return []
    teams = [team]
    for after in ctx.within(ctx.teams, team.end, sentence.end):
        if text[teams[-1].end:after.start] not in TEAM_JOINERS:
            break
        teams.append(after)
    if not MOBILISATION_MEETING.match(text, teams[-1].end, sentence.end):
        return []
    start = _clause_opening(text, sentence.start, verb.start())
    leading = LEADING_TIME.match(text, start, verb.start())
    start = leading.end() if leading else start
    adverbs = HOST_ADVERBS.search(text, start, verb.start())
    end = adverbs.start() if adverbs else verb.start()
    if (end - start < 2 or DISPATCHER_HOST.search(text[start:end].strip()) or ctx.first_within(ctx.teams, start, end)
            or not ORG_END.search(text, start, end)):
        return []
    hosts, at = [], start
    for name in _enumeration(text[start:end]):
        hosts.append((at, at + len(name)))
        at += len(name) + 1
    by = teams if len(teams) == len(hosts) else [team] * len(hosts) if len(teams) == 1 else [None] * len(hosts)
    return [Statement(verb.start(), h_start, h_end, None, False, t, stated=True, alone=True)
            for t, (h_start, h_end) in zip(by, hosts)]


def _goes_on_inspection(ctx: Ctx, sentence: Sentence) -> bool:
    """其中,A和B…被点名 / 对此,X党组…狠抓整改 / 此外,A、B也公布了整改进展 / 此前,C、D已公布了整改进展 / 其中,中管企业3家:
    A、B、C after a sentence on an inspection: read as of that inspection."""
    text = ctx.doc.text
    n = ctx.sentence_index(sentence)
    previous = ctx.doc.sentences[n - 1] if n > 0 else None
    if previous is None or not _has_any(text, previous, ("巡视", "巡察")):
        return False  # (tested first: most sentences follow none on an inspection, and the patterns below cost more)
    if THESE_UNITS_NAMED.match(text, sentence.start, sentence.end):  # 这14家企业分别是:A、B
        return True
    if _has_any(text, sentence, CALLED_OUT_VERBS) and CALLED_OUT.match(text, sentence.start, sentence.end):
        return True  # (…本轮巡视反馈中…。A、B、C均被指出存在利益输送问题: the units the sentence opens with, called out)
    opens = (OF_THOSE.match(text, sentence.start, sentence.end) or GOES_ON.match(text, sentence.start, sentence.end)
             or EARLIER.match(text, sentence.start, sentence.end))
    if opens and (_has_any(text, sentence, (*CALLED_OUT_VERBS, "整改"))
                  or KIND_COUNTED.match(text, sentence.start, sentence.end)):  # 其中,中管企业3家:A
        return True
    # (按类别划分,地方2个,为A、B;中管企业7家,分别是C…: groups of units by kind, each naming as many as it counts, after a
    # sentence on an inspection)
    if not KIND_COUNTED_LEAD.search(text, sentence.start, sentence.end):
        return False
    stop = LIST_END.search(text, sentence.start, ctx.paragraph_end(sentence.start))  # (the groups run over ；, to the list's 。)
    return any(_listed(m["units"]) == numeral_value(m["n"]) for m in KIND_COUNTED.finditer(
        text, sentence.start, stop.start() if stop else ctx.paragraph_end(sentence.start)))


def _has_colon(s_text: str) -> bool:
    """Whether a sentence holds a colon: a cheap test before the patterns of _lists_after_colon, which all need one."""
    return ":" in s_text or "：" in s_text


def _lists_after_colon(ctx: Ctx, sentence: Sentence) -> bool:
    """Whether a sentence without 巡 lists inspected units after its colon: a unit's count of problems (UNIT_COUNT_LINE),
    a round's line (ROUND_LINE), a heading or lead of a list of objects (LIST_HEADING, FEEDBACK_OBJECTS) or of the
    units the sentence before counted (LIST_LEAD)."""
    text, start, end = ctx.doc.text, sentence.start, sentence.end
    return bool(UNIT_COUNT_LINE.match(text, start, end) or ROUND_LINE.search(text, start, end)
                or LIST_HEADING.match(text, start, end) or FEEDBACK_OBJECTS.match(text, start, end)
                or (LIST_LEAD.match(text, start, end) and (_counted_before(ctx, sentence) or _objects_said_before(ctx, sentence)))
                or KINDS_LIST_LEAD.match(text, start, end))


def _counts_parted(s_text: str) -> bool:
    """Whether a sentence has a count closing a group before a comma (…3个市委,), as INSPECT_GROUPS needs."""
    return re.search(r"[\d一二三四五六七八九十两](?:" + UNIT_COUNTERS + r")[^,，。;；]{1,14}[,，]", s_text) is not None


def _kinds_counted(ctx: Ctx, sentence: Sentence, read: set[int]) -> list[Statement]:
    """其中,中央和国家机关9家:A、B…;中管企业3家:C、D、E。 in a sentence on a round or after one: each group of units
    (KIND_COUNTED) that names as many units as it counts, to the list's end (the 。 after it), as the round's."""
    text = ctx.doc.text
    stop = LIST_END.search(text, sentence.start, ctx.paragraph_end(sentence.start))
    out = []
    for m in KIND_COUNTED.finditer(text, sentence.start, stop.start() if stop else ctx.paragraph_end(sentence.start)):
        if m.start() in read or _listed(m["units"]) != numeral_value(m["n"]):
            continue
        read.add(m.start())
        out.append(Statement(m.start(), *m.span("units"), None, True, None, of_round=True, stated=True))
    return out


def _called_out(ctx: Ctx, sentence: Sentence) -> list[Statement]:
    """The units each CALLED_OUT clause names (A被指…；B则被点名…), as the round's inspection of them (no date of its own)."""
    # (not 省委巡视“回头看”完成反馈 5县被指… / 12部委自揭家丑 应急部…: a headline's news before the units)
    return [Statement(m.start(), m.start("targets"), m.end("targets"), None, True, None, of_round=True, stated=True)
            for m in CALLED_OUT.finditer(ctx.doc.text, sentence.start, sentence.end)
            if not NOT_CALLED_OUT.search(m.group("targets"))]


def _rectifying(ctx: Ctx, sentence: Sentence) -> Statement | None:
    """The unit a RECTIFYING clause names, as the inspection whose findings it rectifies (no date of its own)."""
    text = ctx.doc.text
    if not _has_any(text, sentence, ("党组", "党委", "党工委")):
        return None  # (RECTIFYING's unit is a party body: tested before the pattern, tried at every character)
    m = RECTIFYING.search(text, sentence.start, sentence.end)
    if m is None or not (_has_any(text, sentence, ("巡视", "巡察")) or _goes_on_inspection(ctx, sentence)):
        return None
    # (重点检查该局党组对…整改落实情况: the organisation's name starts after the words before it, and 该局党组 is one named
    # before, no unit of the clause's own)
    named = min((o.start for o in ctx.within(ctx.orgs, *m.span("targets")) if o.end == m.end("targets")),
                default=m.start("targets"))
    if text[named - 1:named] in ("该", "其", "本", "各", "我"):
        return None
    return Statement(m.start(), m.start("targets"), m.end("targets"), None, True, None, of_round=True, stated=True)


def _period_after(ctx: Ctx, sentence: Sentence, pos: int) -> tuple[Mention, str | None, str | None] | None:
    """对A开展常规巡视,巡视期间为9月4日至11月4日: the period the sentence states after the targets (a range)."""
    reach = min(sentence.end, pos + PERIOD_REACH)  # the clause after the targets, not the rest of a long sentence
    m = PERIOD_STATED.search(ctx.doc.text, pos, reach)
    dated = ctx.dates_in(m.end(), min(sentence.end, m.end() + PERIOD_REACH)) if m else []
    return dated[0] if dated and dated[0][0].start == m.end() and dated[0][2] else None


COUNTED_UNITS_UNDER = re.compile(r"及其?(?:所属|所辖|下辖)[^、]*")
BRACKETED = re.compile(r"[(（][^()（）]*[)）]")  # a bracket and what it holds ((市、县、区): no units of a list's own)


def _summary_count(span: str) -> int | None:
    """对12个中央单位党组织开展巡视 / 对4个乡镇和县直部门党组织开展巡察 / 对6个市及其所属部分县: the number of units a
    target list only counts (None where it names them)."""
    # (6个市及其所属部分县(市、区)、4个省直部门: the units under the counted ones add no count of their own)
    span = COUNTED_UNITS_UNDER.sub("", BRACKETED.sub("", span)).strip()
    counts = [COUNT_PART.match(part) for part in re.split(r"[、和及]", EXAMPLES_BEFORE_COUNT.sub("", span))]
    numbers = [numeral_value(c.group("n")) for c in counts if c]
    if len(counts) > 1 and len(numbers) == len(counts):
        return sum(n for n in numbers if n)
    m = COUNT_SUMMARY.match(span)
    return numeral_value(m.group("n")) if m else None


def _without_summaries(out: list[tuple[Inspection, Sentence]], summarised: list[tuple[int, int]], text_end: int | None
                       ) -> tuple[list[tuple[Inspection, Sentence]], dict[int, list[Inspection]]]:
    """The inspections without those of a count of units (10个市级部门党组织) where the document's other
    inspections name at least that many units (a table's rows, 其中第一巡视组进驻A…, their reports' titles): the count
    sums them up, and its period and mode are those of the inspections that state none. Where fewer units are named, the
    count stays the target (real/README.md; the real gold keeps a count beside the units a page names). Also, by the id of
    each count's sentence, the inspections that name exactly the units it counts; or, where their list after it runs to
    the end of a page cut short (at ``text_end``; None for a page that ends whole), those it lists and the count itself:
    the feedback its sentence, or the one after it, states is theirs."""
    if not summarised:
        return out, {}
    counts = {i for i, _ in summarised}
    others = [(insp, s) for i, (insp, s) in enumerate(out) if i not in counts]
    named = {t for insp, _ in others for t in insp.targets}
    # (… or fewer, where their list runs to the end of a page cut short: 省委第七巡视组⏎· 乙厅党组关于…的通报⏎省委第八巡视)
    cut_short = text_end is not None and len(named) > 1 and max(s.end for _, s in others) >= text_end - CUT_LIST_REACH
    dropped = {i for i, n in summarised if len(named) >= n}
    dated = [out[i][0] for i in sorted(dropped) if out[i][0].start or out[i][0].end]
    for i in dropped:  # (对30家中管企业党组和国家体育总局党组: a unit's party body named beside the count stays, where not named again)
        out[i][0].targets = [t for t in out[i][0].targets if NAMED_BESIDE_COUNT.fullmatch(t) and _summary_count(t) is None
                             and not any(t in n or n in t for n in named)]
    kept = [pair for i, pair in enumerate(out) if i not in dropped or pair[0].targets]
    # 3月至5月,市委对2个单位开展巡察 … 市委第一巡察组 | 甲局 (or a list of their reports' titles): the count's period and
    # mode are those of the units' inspections; the period of several counts that share it (7月至9月,对27个党组织开展常规
    # 巡察,对6家医院开展专项巡察), not their modes
    if len({(x.start, x.end) for x in dated}) == 1:
        for insp, _ in kept:
            if insp.start is None and insp.end is None:
                insp.start, insp.end = dated[0].start, dated[0].end
                insp.mode = insp.mode or (dated[0].mode if len(dated) == 1 else None)
    summed: dict[int, list[Inspection]] = {}
    for i, n in summarised:
        count, sentence = out[i]
        # (its team's, or of no team named; any team's after a count no one team is named for: 省委派出8个巡视组对4个市…开展了
        # 专项巡视 … 省委第一巡视组⏎· 甲市委关于…的通报)
        many = count.team is None or TEAMS_UNNAMED.search(count.team) is not None
        units = [insp for insp, s in kept if insp is not count and (insp.team in (count.team, None)
                                                                    or many and s.start > sentence.start)]
        listed = sum(len(insp.targets) for insp in units)
        if i in dropped and listed == n:
            summed[id(sentence)] = units
        elif cut_short and 1 < listed < n and any(s.start > sentence.start for insp, s in kept if insp in units):
            # (a page cut inside the list after the count: the count stays the target, as the real gold keeps it, for
            # the units the copy lost; its feedback is the listed units' and its own)
            summed[id(sentence)] = [*units, count]
    return kept, summed


# A unit named beside a count, by its party body (not 所辖村(社区)党组织 or 镇党组织, units of a kind).
NAMED_BESIDE_COUNT = re.compile(r"(?!所辖|下辖|所属|其|各|该)[\u4e00-\u9fff（()）]{2,30}(?:党组|党委|党工委|党总支|党支部)")
# A count's team that names none (巡视组, 8个巡视组, 各巡察组): the units listed after it are any team's.
TEAMS_UNNAMED = re.compile(r"(?:^|[\d一二三四五六七八九十两]+个|各)(?:巡视|巡察)组$")
CUT_LIST_REACH = 160  # a list of units that ends this near the end of a page cut short ran on past the cut
# How a page's last line ends that was not cut short, beside a sentence's end (WHOLE_TEXT_END): an item's or a name's end …
ITEM_CLOSED = re.compile(r"(?:[;；,，、:：]|党组|党委|党工委|党总支|党支部|党组织|委员会|通报|报告|情况|公告|[局委厅办院校组])$")
PAGE_FOOTER = re.compile(r"主办|承办|技术支持|版权|ICP|Copyright|©|打印|关闭|返回|上一篇|下一篇|编辑|地址|邮编|电话")  # … or its footer


def _listed_elsewhere(ctx: Ctx, span: str, targets: list[str]) -> list[str] | None:
    """对标准院等6家直属单位进行了巡视 / 对五个学院党组织开展了巡察: the units counted, where the document lists
    them elsewhere (分别向标准院、评估中心…及西部所等6家直属单位党组织反馈): the one list of that many units
    that starts with the unit named first, or whose units are all of the kind counted."""
    tail = re.search(rf"{COUNTED_KIND}$", span)
    alone = COLLECTIVE.match(targets[0]) if len(targets) == 1 else None
    if alone:
        counted = re.search(UNIT_COUNT, targets[0])
        count, kind = counted.group(), PARTY_BODY_WORDS.sub("", targets[0][counted.end():])
        first = None
    elif tail:
        count, kind, first = re.search(r"[\d一二三四五六七八九十两]+", tail.group()).group(), "", targets[0] if targets else None
    else:
        return None
    n = numeral_value(re.match(r"[\d一二三四五六七八九十两]+", count).group())
    if n is None or n <= len(targets) - (1 if alone else 0) or not kind and first is None:
        return None
    return next((items for items in ctx.target_lists() if len(items) == n and (first is None or items[0] == first)
                 and all(kind in t for t in items)), None)


# The mode a table's cell names: in a mode column, or in brackets after a unit of a target cell.
CELL_MODE = re.compile(f"回头看|{alternation(INSPECTION_MODES)}")
CELL_MODE_MARK = re.compile(rf"[(（][“”\"「」‘’']?(?P<mode>{CELL_MODE.pattern})[“”\"「」‘’']?[)）]$")


class TeamRow(NamedTuple):
    """A row of a table of teams with a target cell: its team (the row above's where it has no team cell; none where
    its table names none), the span of its target cell, whether that cell is a feedback's (反馈对象: a roster of
    feedback meetings) and its sentence."""

    row: Row
    team: Mention | None
    targets: tuple[int, int]
    fed_back: bool
    sentence: Sentence


def _team_rows(ctx: Ctx) -> tuple[list[TeamRow], set[int]]:
    """The rows of the document's tables of teams (kg/extract/tables.py: bars, cells one a line, spaced or tabbed with
    merged cells, key:value rows) that give a team and a target cell, and the starts of the teams their team cells
    hold."""
    out: list[TeamRow] = []
    read: set[int] = set()
    team: Mention | None = None
    teamed: set[int] = set()  # the tables with a team column
    for row in ctx.table_rows:
        if (team_cell := row.cell(TEAM_COLUMNS)) is not None:
            teams = ctx.within(ctx.teams, *team_cell[1])
            team = teams[0] if teams else None
            read |= {t.start for t in teams}
            teamed.add(row.table_start)
        elif row.table_start not in teamed:
            # (序号 | 被巡察党组织 | 反馈时间: a roster of the one team named before; a table of figures names no team; a
            # list of the units' reports may name the team in a cell: 集团党委第一巡察组反馈意见整改情况)
            # (…同步对我行8个基层党组织开展延伸巡察。延伸巡察单位如下：⏎序号 单位名称 巡察方式: the units of the team said
            # before, the table's column of units bare or of those extended to)
            team = (_alone_team_above(ctx, row.table_start) or _only_team_before(ctx, row.table_start)) \
                if row.cell(FEEDBACK_DATE_COLUMNS) or _units_of_team_said(row) else None
            if team is None and len(row.cells) > 1:
                team = next((t for t in ctx.within(ctx.teams, min(a for a, _ in row.cells.values()),
                                                    max(b for _, b in row.cells.values())) if _one_team(t)), None)
        fed_back = row.cell(FEEDBACK_TARGET_COLUMNS)
        # (单位名称 | 巡视组 | 整改报告: a units column named bare, in a table of teams)
        targets = row.cell(TARGET_COLUMNS) or fed_back or (row.cell(UNIT_COLUMNS) if team_cell or row.cell(MODE_COLUMNS) else None) \
            or (row.cell(EXTENDED_COLUMNS) if not team_cell else None)
        sentence = ctx.doc.sentence_at(targets[1][0]) if targets else None
        if targets is not None and sentence is not None and (team is not None or row.table_start not in teamed):
            dated = row.cell(DATE_COLUMNS)  # (a roster's bare 日期 / 时间, not 进驻时间 beside 反馈时间)
            roster = fed_back is not None or (dated is not None and dated[0] in ROSTER_DATE_COLUMNS
                                               and _under_feedback_rows_lead(ctx, row.table_start))
            out.append(TeamRow(row, team, targets[1], roster, sentence))
    return out, read


ROSTER_DATE_COLUMNS = ("日期", "时间")  # a date column that names no event: under a lead of feedback, the feedback's


def _units_of_team_said(row: Row) -> bool:
    """Whether a row without a team's column gives units by a column bare beside their mode (序号 单位名称 巡察方式) or of
    those an inspection was extended to (序号 延伸巡视单位 备注): the units of the one team named before the table."""
    return row.cell(TARGET_COLUMNS) is None and (
        row.cell(UNIT_COLUMNS) is not None and row.cell(MODE_COLUMNS) is not None or row.cell(EXTENDED_COLUMNS) is not None)


def _under_feedback_rows_lead(ctx: Ctx, table_start: int) -> bool:
    """反馈安排如下:⏎日期 巡视组 被巡视党组织⏎8月7日 省委第一巡视组 A: a table under a lead of feedback (FEEDBACK_ROWS_LEAD) is a
    roster of feedback, its 日期 the feedback's."""
    if table_start == 0:
        return False
    lead_start = ctx.paragraph_start(table_start - 1)
    return FEEDBACK_ROWS_LEAD.search(ctx.doc.text, lead_start, table_start - 1) is not None


def _table_statements(ctx: Ctx) -> tuple[dict[int, list[Statement]], set[int], list[tuple[int, int]]]:
    """The inspections of a table of teams read by its columns: each row's team inspects the units of its target
    cell, from the date of its date cell, in the mode of its mode cell. Returns the statements by sentence index, the
    starts of the teams read and the spans of the target cells read (no other rule reads them: 被巡察单位：A、B is no
    list of its own)."""
    text = ctx.doc.text
    by_sentence: dict[int, list[Statement]] = {}
    extended_cells: list[tuple[int, int]] = []
    rows, read = ctx.team_rows
    for row, team, targets, fed_back, sentence in rows:
        if fed_back:  # a roster of feedback: its 日期 is the feedback's, the inspection's the round's period said before
            dates = [d for d in [_period_said_before(ctx, row.table_start)] if d]
        elif dated := row.cell(DATE_COLUMNS):
            dates = ctx.dates_in(*dated[1])
        else:
            dates = _introduced(ctx, row.table_start)
        mode_cell = row.cell(MODE_COLUMNS)
        mode = CELL_MODE.search(text[slice(*mode_cell[1])]) if mode_cell else None
        extended = row.cell(EXTENDED_COLUMNS)  # (延伸巡视单位: the units the team extended its inspection to)
        if extended and ORG_END.search(text, *extended[1]):
            extended_cells.append(extended[1])
            by_sentence.setdefault(ctx.sentence_index(sentence), []).extend(
                Statement(extended[1][1], start, end, None, False, team, stated=True, when=dates[0] if dates else None)
                for start, end in target_parts(text, extended[1]))
        for start, end in target_parts(text, targets):
            # 丙院党委(“回头看”): a mode in brackets after a unit of the cell is that unit's inspection's
            marked = CELL_MODE_MARK.search(text, start, end)
            by_sentence.setdefault(ctx.sentence_index(sentence), []).append(Statement(
                targets[1], start, marked.start() if marked else end,
                marked.group("mode") if marked else mode.group() if mode else None, False, team, stated=True,
                when=dates[0] if dates else None))
    return by_sentence, read, [r.targets for r in rows] + extended_cells


def _introduced(ctx: Ctx, table_start: int) -> list[tuple[Mention, str | None, str | None]]:
    """5个巡察组于5月6日进驻10个被巡察党组织…现将进驻情况公告如下: a table without a date column is dated by the
    paragraph that introduces it, where that paragraph says the teams moved in (the last date of the last sentence
    that says so)."""
    if table_start == 0:
        return []
    start = ctx.paragraph_start(table_start - 1)
    lead = ctx.doc.text[start:table_start]
    if "进驻" in lead:  # (the sentence that says so: not the 受理时间截至5月31日 after it)
        said = [x for x in ctx.doc.sentences if start <= x.start < table_start and "进驻" in ctx.doc.text[x.start:x.end]
                and ctx.dates_in(x.start, x.end)]
        return ctx.dates_in(said[-1].start, said[-1].end)[-1:] if said else ctx.dates_in(start, table_start)[-1:]
    # 一、市委第一轮巡察(2023年3月6日至5月12日,常规巡察): a heading that gives its round's period (a range)
    periods = [d for d in ctx.dates_in(start, table_start) if d[2]]
    return periods[-1:] if periods and ("巡察" in lead or "巡视" in lead) and "反馈" not in lead else []


def _in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of ``spans`` (sorted, apart)."""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _team_units_line(ctx: Ctx, team: Mention) -> tuple[int, int] | None:
    """第一巡察组:A、B、C; / 第一巡察组　A　电话：… / 第一巡察组　组长：某某　巡察A: the span of the rest of the team's line, where
    every part of it (parted by 、 or ，) names a unit (units parted by spaces are a table's cell, read by _table_statements);
    but the last, where the page is cut short inside it (中央第十四巡视组:甲协会党组、中国工程)."""
    text = ctx.doc.text
    m = TEAM_UNITS_LINE.match(text, team.end, ctx.paragraph_end(team.end)) or \
        TEAM_PLACE_UNITS_LINE.match(text, team.end, ctx.paragraph_end(team.end)) or \
        TEAM_UNIT_CONTACT_LINE.match(text, team.end, ctx.paragraph_end(team.end)) or \
        TEAM_LEADER_VERB_LINE.match(text, team.end, ctx.paragraph_end(team.end))
    if m is None:
        return None
    end = _before_unit_cut(text, m.start("cell"), m.end("cell"))
    # (集团党组第三巡视组：A、B，延伸巡视C: a part the inspection was extended to, after its words)
    return (m.start("cell"), end) if all(_all_units(INSPECTED_LEAD.sub("", part.strip(), count=1))
                                         for part in re.split(r"[,，]", text[m.start("cell"):end])) else None


def _team_cells_line(ctx: Ctx, team: Mention) -> list[tuple[int, int]]:
    """| 省委第一巡视组 | 甲市委、乙县委 | / 省委第一巡视组/甲市委/乙县委: a row of a table whose header the page lost, the team's
    cell then cells of units parted by bars or slashes: each cell's span, none unless every cell names units."""
    text = ctx.doc.text
    m = TEAM_CELLS.match(text, team.end, ctx.paragraph_end(team.end))
    if m is None:
        return []
    cells = [(a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip()))
             for a, b in _spans_between(text, *m.span("cells"), CELL_BARS)]
    while cells and CONTACT_CELL.match(text, *cells[-1]):
        cells.pop()  # (| A | B | 值班电话：0653-5811021: the team's contact, no unit)
    return cells if cells and all(b > a and _all_units(text[a:b]) for a, b in cells) else []


# A cell of a team's contact (值班电话：… / 举报邮箱：…), closing its row.
CONTACT_CELL = re.compile(r"(?:联系|举报|值班|受理|监督|专用|专门)?(?:电话|手机|邮箱|信箱|邮政信箱|联系人|传真)"
                          # (…／东坝头镇人民政府三楼／0371-26911001: where the team sits and its telephone, cells of no unit)
                          r"|[\d()（）+\-—－ ]{7,}$|[^|｜/／\n]{2,30}?(?:[一二三四五六七八九十\d]+[楼层室号]|楼|大厦|大院)$")


def _before_unit_cut(text: str, start: int, end: int) -> int:
    """Where a list of units running to the end of a page cut short (the text stops right there, with no line's end)
    ends: before its last part, where that part ends as no unit's name does, holds no verb and no unit's word but
    right before its end (…、茶坪村、鹿鸣 / …、中国长江航运集团有: cut off; not 、乙局协助受理来信, a clause after a
    unit); ``end`` else."""
    if text[end:] or (cut := text.rfind("、", start, end)) < 0 or WHOLE_UNIT_END.search(text, cut + 1, end) \
            or CLAUSE_VERB.search(text, cut + 1, end):
        return end
    words = list(UNIT_WORD.finditer(text, cut + 1, end))
    return cut if not words or end - words[-1].end() <= CUT_AFTER_UNIT_WORD else end


# How a unit's name ends for certain (a name cut short may end in 联 of 联合会, 协 of 协会, 有 of 有限公司).
WHOLE_UNIT_END = re.compile(r"(?:党组|党委|党工委|党组织|党总支|党支部|局|委|办|厅|院|校|大学|公司|集团|中心|银行|分行|支行|政府"
                            r"|镇|乡|村|街道|社区|嘎查|苏木|区|县|市|省|州|旗|法庭)$")
WHOLE_SOCIETY_END = re.compile(r"(?:委员|联合|协|商|学|十字|工|总)会$")  # (市红十字会, 市工商业联合会: whole too)
# A word of a unit's name anywhere in a part (乙省信访局协助受理来信 holds one: a clause after a unit, no name cut off)…
UNIT_WORD = re.compile(r"[局委办厅院部站所校镇乡村司行社馆处队组会]|科(?![学技研])|党|大学|公司|集团|中心")  # (科学, 科技: no 科室)
CUT_AFTER_UNIT_WORD = 2  # … but a name cut a character or two after one (中国长江航运集团有) is cut off


def _unit_cell_before(ctx: Ctx, team: Mention) -> Statement | None:
    """1 甲公司党委 第一巡察组 13 12 92.3% / (1)甲公司党委 第一巡察组 专项巡察 3月6日: a row (its number, the unit, the team,
    then its mode, figures or dates) of a table that puts the unit before its team: the inspection of the unit's cell,
    of the mode and the day the row gives."""
    text = ctx.doc.text
    line_start = text.rfind("\n", max(0, team.start - UNIT_LINE_REACH), team.start) + 1
    row = UNIT_CELL_ROW.fullmatch(text, line_start, team.start)
    if row is None or not ORG_END.search(row.group("unit")) or ROW_CELL_NOT_UNIT.match(row.group("unit")):
        return None  # (a cell is one unit, however long its name: no names run together there)
    end = ctx.paragraph_end(team.end)
    mode = ROW_MODE.match(text, team.end, end)
    if not ROW_FIGURES.fullmatch(text, mode.end() if mode else team.end, end):
        return None
    dated = ctx.dates_in(mode.end(), end) if mode else []
    return Statement(team.start, *row.span("unit"), ("回头看" if mode.group("rev") else INSPECTION_MODES[mode.group("mode")])
                     if mode else None, False, team, stated=True, when=dated[0] if dated else None)


# A table row's cell naming who leads its team (｜组长 潘某 / 组长:潘某), after its units.
ROW_LEADER_CELL = re.compile(r"(?:[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]+)(?:副?组长)[:：]?[ \t\u3000]*[\u4e00-\u9fff·]{2,5}")


def _bare_row(ctx: Ctx, team: Mention) -> Statement | None:
    """市委第一巡察组 市发改委 2023年4月10日: a row of a table that lost its header, a team at the start of its line,
    the units it inspects in the next cell (or cells: 自治区党委第一巡视组  甲县  乙县, one unit a cell) and nothing
    after them but the date it moved in, or before them (中央第一巡视组　10月22日　甲集团有限公司党委)."""
    text = ctx.doc.text
    end = ctx.paragraph_end(team.end)
    row = TABLE_ROW.match(text, team.end, end)
    first = ctx.first_within(ctx.dates, row.start("cell"), row.end("cell")) if row else None
    if first is not None and first.start == row.start("cell") and not text[first.end:row.end("cell")].strip("日号"):
        row = TABLE_ROW.match(text, row.end(), end)  # (the date's cell first: the units in the next)
    if row is None or not _all_units(row.group("cell")) or ROW_CELL_NOT_UNIT.match(row.group("cell")):
        return None
    cells_end = _unit_cells_end(text, row.end(), end)
    dated = ctx.dates_in(cells_end, end)
    rest = ROW_LEADER_CELL.sub("", text[cells_end:end])  # (…｜乙学院党委｜组长 某某: who leads the team, a cell of its own)
    for d in reversed(dated):
        rest = rest[:d[0].start - cells_end] + rest[d[0].end - cells_end:]
    if rest.strip(" \t\u3000日号起至到-—－~～") and not (ROW_FIGURES.fullmatch(rest) and not dated):
        return None  # (…  甲村党支部  12  11  1: the problems fed back, rectified and left, in figures)
    if dated and _says_feedback(_colon_lead(ctx, team.start, partial(_team_opens_line, ctx))):
        dated = []  # (under 反馈安排如下： or …反馈一览, the row's day is its feedback's: _dated_team_lines)
    return Statement(team.start, row.start("cell"), cells_end, None, False, team, stated=True,
                     when=dated[0] if dated else _period_said_before(ctx, team.start))


def _unit_cells_end(text: str, cells_end: int, end: int) -> int:
    """Where a row's cells of units end, from ``cells_end``, the end of its first (自治区党委第一巡视组  甲县  乙县 / a
    cell's units on its lines that a copy ran together: 市委第一巡察组 市发改委 市物价局)."""
    while (more := TABLE_ROW.match(text, cells_end, end)) and _all_units(more.group("cell")) \
            and not ROW_CELL_NOT_UNIT.match(more.group("cell")):
        cells_end = more.end()
    return cells_end


def _part_mode(mark: re.Match[str] | None) -> str | None:
    """The mode a PART_MODE match (（专项巡察）, （巡察“回头看”）) gives its units."""
    if mark is None:
        return None
    return mark.group("mode") if mark.group("mode") == "回头看" else INSPECTION_MODES[mark.group("mode")]


def _team_line(ctx: Ctx, team: Mention) -> tuple[re.Match[str] | None, re.Match[str] | None, int]:
    """What may follow a team on its own line before its units: its leaders in brackets, its mode in brackets
    (市委第七巡察组（专项巡察）), the count of its units (县委第一巡察组（9个）, 市委第一巡察组巡察对象（六个）); the first two's
    matches and where all end."""
    text = ctx.doc.text
    led = TEAM_LEADERS.match(text, team.end)
    after = led.end() if led else team.end
    mode = PART_MODE.match(text, after, ctx.paragraph_end(after))
    after = mode.end() if mode else after
    counted = UNITS_COUNT_NOTE.match(text, after, ctx.paragraph_end(after)) or \
        LABELLED_UNITS_COUNT.match(text, after, ctx.paragraph_end(after))
    after = counted.end() if counted else after
    line = _line_start(text, ctx.paragraph_start(team.start))
    if line > 0 and text[line - 1] in HEADING_BRACKETS and text[after:after + 1] == HEADING_BRACKETS[text[line - 1]]:
        after += 1  # (【县委第一巡察组】: the bracket a heading stands in, closed after it)
    return led, mode, after


# What opens a sentence's list of teams and their units before its first team (…反馈。其中，第1巡察组：A、B；第2巡察组：C),
# where the team opens no line.
TEAM_PARTS_OPENER = re.compile(r"(?:[:：]|其中[,，:：]?)$")


def _runs_on_team_units(ctx: Ctx, team: Mention) -> bool:
    """Whether the team, with its colon, runs on right after the units of the team before it on its line (省委第一巡视组：
    A、B省委第二巡视组：C、D: a copy that lost the line's breaks), that team opening the line with its colon."""
    text = ctx.doc.text
    line_start = _line_start(text, ctx.paragraph_start(team.start))
    before = ctx.within(ctx.teams, line_start, team.start)
    if len(before) != 1 or before[0].start != line_start or TEAM_LINE_COLON.match(text, team.end) is None:
        return False
    colon = TEAM_LINE_COLON.match(text, before[0].end)
    return colon is not None \
        and _all_units(text[colon.end():team.start])


def _units_marked(text: str, start: int, stop: int, marks: list[re.Match[str]]) -> list[tuple[int, int, re.Match[str] | None]] | None:
    """A（常规巡察）、B（提级巡察）　C: a group's units, each with the mode in brackets after it (or none, the last); None
    unless every one names units."""
    out: list[tuple[int, int, re.Match[str] | None]] = []
    pos = start
    for mark in [*marks, None]:
        end = mark.start() if mark else stop
        a, b = _trim_separators(text, pos, end)
        if b > a:
            if not _all_units(text[a:b]):
                return None
            out.append((a, b, mark))
        elif mark is not None:
            return None  # (a mode with no unit before it)
        pos = mark.end() if mark else stop
    return out


def _trim_separators(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the separators and spaces around it (、 , ， and spaces)."""
    while start < end and text[start] in UNIT_GROUP_SEPARATORS:
        start += 1
    while end > start and text[end - 1] in UNIT_GROUP_SEPARATORS:
        end -= 1
    return start, end


def _team_unit_parts(ctx: Ctx, team: Mention) -> list[Statement]:
    """市委第四巡察组：甲镇党委（提级巡察）；乙局、丙社（巡察“回头看”）；: a team's line whose units come in groups parted
    by ；, each group perhaps with its mode in brackets (市委机动巡察组：乙局（专项巡察）。): one statement a group, none
    unless every group names units."""
    text = ctx.doc.text
    colon = TEAM_LINE_COLON.match(text, team.end)
    if colon is None:
        return []
    para_end = ctx.paragraph_end(team.end)
    # 具体为:市委第一巡察组:A、B;市委第二巡察组:C、D。: the next team with its colon closes this team's groups, and a
    # team listed so (after a colon or ；, or before the next) has its one group
    end = next((t.start for t in ctx.within(ctx.teams, colon.end(), para_end) if TEAM_LINE_COLON.match(text, t.end)),
               para_end)
    if contact := _CONTACT.search(text, colon.end(), end):
        end = contact.start()
    if (full_stop := text.find("。", colon.end(), end)) >= 0:
        end = full_stop  # (…；市委第三巡察组：A、B。第九轮巡察中，…: the sentence after the last group is none of its)
    before = text[ctx.paragraph_start(team.start):team.start]
    listed = (end < para_end or before.rstrip().endswith((":", "：", ";", "；"))
              or TEAM_PARTS_OPENER.search(before) is not None or _runs_on_team_units(ctx, team))
    # (第三批于9月11日至10月20日进行:第一巡察组——A、B;…: lines inside a paragraph that dates them; else the lead's period)
    dated = ctx.first_within(ctx.dates, ctx.paragraph_start(team.start), team.start) is not None
    introduced = None if dated else _lines_introduced(ctx, team.start)
    found: list[Statement] = []
    for start, stop in _spans_between(text, colon.end(), end, ";；"):
        while stop > start and text[stop - 1] in " \t\u3000。":
            stop -= 1
        stop = _before_unit_cut(text, start, stop)  # (…、生命科学学院党委、环境科学与工: the page cut in its last unit)
        if stop == start:
            continue
        if extended := PART_EXTENDED.match(text, start, stop):
            start = extended.end()  # (；延伸巡视的B、C: the units the team's inspection was extended to, its own too)
        if len(marks := list(UNIT_MODE.finditer(text, start, stop))) > 1:
            # (A（常规巡察）、B（提级巡察） / A（常规巡察）　B（常规巡察）: each unit its own mode)
            units = _units_marked(text, start, stop, marks)
            if units is None:
                return []
            found += [Statement(team.start, a, b, _part_mode(mark), False, team, stated=True, alone=True, when=introduced)
                      for a, b, mark in units]
            continue
        opening = PART_MODE_OPENING.match(text, start, stop)
        start = opening.end() if opening else start
        mark = PART_MODE.search(text, start, stop)
        batch = BATCH_NOTE.search(text, start, stop) if mark is None else None
        units_end = mark.start() if mark else batch.start() if batch else stop
        if not _all_units(text[start:units_end].strip()):
            return []
        mode = _part_mode(opening or mark) or (_mode(batch.group("mode")) if batch and batch.group("mode") else None)
        found.append(Statement(team.start, start, units_end, mode, False, team, stated=True, alone=True,
                               when=(_batch_period(ctx, batch.group("batch")) if batch else None) or introduced))
    alone = len(found) == 1 and listed and not re.search(r"[,，:：]", text[found[0].targets_start:found[0].targets_end])
    return found if len(found) >= 2 or (found and (found[0].mode or alone)) else []  # (one group: with its mode)


def _batch_period(ctx: Ctx, batch: str) -> tuple[Mention, str | None, str | None] | None:
    """The period the text gives a batch of its round (第一批3月6日至4月10日 / 第二批于4月17日至5月26日开展): the first
    date right after the batch's first mention with one."""
    for m in re.finditer(re.escape(batch), ctx.doc.text):
        dated = ctx.dates_in(m.end(), m.end() + BATCH_DATE_REACH)
        if dated and BATCH_DATE_GAP.fullmatch(ctx.doc.text, m.end(), dated[0][0].start):
            return dated[0]
    return None


def _team_batches(ctx: Ctx, team: Mention) -> list[Statement]:
    """第一巡察组(组长某某) 3月4日—4月12日 A、B;4月22日—5月31日 C、D: a team's line of batches, each a period and the
    units it inspected then (parted by ；), one statement a batch dated by its period; none unless every batch's part
    after its period names units."""
    text = ctx.doc.text
    led, _, after = _team_line(ctx, team)
    line_end = ctx.paragraph_end(team.start)
    found: list[Statement] = []
    for start, stop in _spans_between(text, after, line_end, ";；"):
        batch = BATCH.match(text, start, stop)
        if batch is None:
            return []
        units_end = stop - len(text[start:stop]) + len(text[start:stop].rstrip(" \t\u3000。"))
        dated = ctx.dates_in(*batch.span("period"))
        if not dated or not _all_units(BATCH_UNIT_NOTE.sub("", text[batch.end():units_end])):
            return []
        found.append(Statement(team.start, batch.end(), units_end, None, False, team, stated=True, when=dated[0],
                               alone=True))
    return found


def _units_after(text: str, end: int) -> int:
    """Where a list of units ending at ``end`` ends with the units after it parted by ；(UNIT_AFTER_SEMICOLON), or by
    commas to the clause's end where every part names a unit (_units_after_commas)."""
    if (after := _units_after_commas(text, end)) > end:
        return after
    while (m := UNIT_AFTER_SEMICOLON.match(text, end)) and _all_units(m.group("unit")) and \
            not ROW_CELL_NOT_UNIT.match(m.group("unit")) and not CLAUSE_VERB.search(m.group("unit")):
        end = m.end("unit")
    return end


# The rest of a clause after a unit, parted by commas (,B,C to the ；or 。 that closes it).
UNITS_AFTER_COMMAS = re.compile(r"(?P<units>(?:[,，][^,，。;；:：!?！？\n]{2,30}?)+)[ \t\u3000]*(?=[。;；\n]|$)")


def _units_after_commas(text: str, end: int) -> int:
    """Where a list of units ending at ``end`` ends with the units after it parted by commas to the clause's end, where
    every part names a unit (进驻A,B,C；/ 市委第一巡视组巡视A,B;…: a list whose page wrote no 、); ``end`` where none."""
    if (rest := UNITS_AFTER_COMMAS.match(text, end)) and all(  # (not …进驻四地，为期约两个月: a clause, no unit)
            WHOLE_UNIT_END.search(part.strip()) and _all_units(part.strip()) and not CLAUSE_VERB.search(part)
            for part in re.split(r"[,，]", rest.group("units"))[1:]):
        return rest.end("units")
    return end


def _period_said_before(ctx: Ctx, pos: int) -> tuple[Mention, str | None, str | None] | None:
    """The period (a range) of the last sentence before ``pos`` that says inspections were made (…4月7日至6月13日,县委
    第一至第五巡察组对10个党组织开展了常规巡察): the period of a round whose units a list names after it."""
    text, sentences = ctx.doc.text, ctx.doc.sentences
    for sentence in reversed(sentences[:bisect.bisect_right(sentences, pos, key=lambda s: s.end)]):
        if INSPECTED_BEFORE.search(text, sentence.start, sentence.end):
            periods = [d for d in ctx.dates_in(sentence.start, sentence.end) if d[2]]
            if periods:
                return periods[0]
    return None


def _lead_above(ctx: Ctx, sentence: Sentence, in_run: Callable[[Block], bool]) -> Block | None:
    """The paragraph above the run of lines (each ``in_run``) that the paragraph of ``sentence`` ends: the run's lead; None
    where the run opens the page."""
    i = bisect.bisect_right(ctx._para_starts, sentence.start) - 1
    while i > 0 and in_run(ctx.doc.paragraphs[i - 1]):
        i -= 1
    return ctx.doc.paragraphs[i - 1] if i > 0 else None


def _under_round(ctx: Ctx, sentence: Sentence) -> bool:
    """Whether the sentence is a line of a list whose lead (the paragraphs before it, back to a paragraph that is no
    such line) speaks of inspected units (各被巡察党组织整改进展情况如下:)."""
    text = ctx.doc.text
    lead = _lead_above(ctx, sentence, lambda para: UNIT_COUNT_LINE.match(text, para.start, para.end) is not None)
    return lead is not None and re.search(r"被(?:巡视|巡察)|(?:巡视|巡察)(?:对象|单位)", text[lead.start:lead.end]) is not None


# 北辰工业大学党委通报，学校… / A、B、C等在通报中均提到，… (a paragraph of a round's published rectifications, each unit's
# report told by its party body): the units whose reports the roundup retells; or, in any sentence of the roundup, the
# unit that answers what the inspection found (甲大学党委针对巡视指出的“X”问题，… / 乙大学党委针对“Y”问题，…).
TELLS_ITS_REPORT = re.compile(r"[ \t\u3000]*(?:据)?(?P<targets>[^,，。;；:：\n“”]{2,160}?(?:党委|党组|党工委|自治区党委|[省市县区]委))"
                              r"(?:等(?:[^,，。;；\n]{0,12}?(?:单位|党组织|高校|企业))?)?(?:在通报中)?(?:均|也|亦|还)?"
                              r"(?:(?:通报|提到|表示)[,，:：]|(?P<answering>针对(?:(?:巡视|巡察)组?(?:指出|反馈|发现)(?:的|了)|(?=[“\"「]))))")
# 石油石化企业中，中石油、中石化均通报了…整改措施 / 其中，中石油通报称，… / 中国移动、中国电信均在通报中披露了…: the same of
# units written by their own or short names (each a unit's, _all_units), after a topic the paragraph opens with.
TELLS_ITS_REPORT_BY_NAME = re.compile(r"[ \t\u3000]*(?:(?:根据|据)[^,，。;；:：\n]{0,12}?[,，])?"
                                      r"(?:(?:其中|此外|另外|同时)[,，]|[^,，。;；:：\n“”]{2,16}?(?:方面|中)[,，])?"
                                      r"(?P<targets>[^,，。;；:：\n“”]{2,160}?)(?:等[\d一二三四五六七八九十两]*(?:家|个|所)?(?:单位|企业|高校|机构))?"
                                      r"(?:(?:均|也|亦|都)(?:在通报中)?(?:通报|披露|介绍|公布)了|通报称[,，])")
# A headline of such a roundup: the rectifications a round's units published (…集中公布巡视整改进展情况 / 晒整改成绩单).
ROUNDUP_TITLE = re.compile(r"整改[^\n]{0,12}?(?:公布|公开|通报|晒|成绩单)|(?:公布|公开|晒)[^\n]{0,16}?整改")


def _outside_teams(ctx: Ctx, pattern: re.Pattern[str], sentence: Sentence) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in the sentence whose targets do not start inside a team's name (枫关市委巡察四组巡察A反馈会:
    the 巡察 of the team's own name is no verb; the search goes on after the team)."""
    text, pos = ctx.doc.text, sentence.start
    while (m := pattern.search(text, pos, sentence.end)) is not None:
        team = next((t for t in ctx.within(ctx.teams, sentence.start, sentence.end) if t.start <= m.start("targets") < t.end), None)
        if team is not None:
            pos = team.end
            continue
        yield m
        pos = m.end()


def _unit_then_team(ctx: Ctx, sentence: Sentence) -> tuple[re.Match[str], Mention, re.Match[str]] | None:
    """甲市委：省委第二巡视组正式进驻 / 乙局党组：T反馈巡视意见: the sentence's line headed by the units, then its team right
    after the colon and the team's verb (UNIT_TEAM_VERB) closing the clause; the line's match, the team and the verb."""
    text = ctx.doc.text
    line = UNIT_THEN_TEAM_LINE.match(text, _line_start(text, sentence.start), sentence.end)
    by = _team_at(ctx, line.end(), sentence.end) if line else None
    verb = UNIT_TEAM_VERB.match(text, by.end, sentence.end) if by is not None else None
    return (line, by, verb) if verb and _all_units(line.group("targets")) else None


def _unit_answering_team(ctx: Ctx, sentence: Sentence) -> tuple[int, int, Mention, int] | None:
    """长春市委：对照省委第一巡视组反馈的…问题，… / 银川市委⏎对照自治区党委第一巡视组反馈的问题，…: a roundup's paragraph of a unit,
    its name as the paragraph's label (or its line above), rectifying what the team its first clause names fed back (or
    under its heading, told the team's findings); the unit's span, the team and where the team's verb ends."""
    text = ctx.doc.text
    start = ctx.paragraph_start(sentence.start)
    if sentence.start != start:
        return None
    clause_end = _clause_end(text, sentence.start, sentence.end)
    alone = UNIT_ALONE_LINE.fullmatch(text, ctx.paragraph_start(start - 1), start - 1) if start > 0 else None
    if alone is not None and (told := TOLD_UNDER_HEADING.match(text, sentence.start, sentence.end)):
        # (【温州市】⏎省委第一巡视组于10月13日反馈指出：… / 一、杭州市商务局⏎3月12日，市委第二巡察组指出，…: the unit its heading)
        team = ctx.first_within(ctx.teams, sentence.start, told.end())
        if team is not None and "向" in text[team.end:told.end()]:
            return None  # (■辽宁⏎T向辽宁省委反馈时指出: the sentence's own unit)
        return (*alone.span("unit"), team, told.end()) if team is not None and _specific(team) and (
            _all_units(alone.group("unit")) or alone.group("unit") in PROVINCES) else None
    if (answer := ANSWERS_TEAM.match(text, sentence.start, clause_end)) is None:
        return None
    team = ctx.first_within(ctx.teams, *answer.span("clause"))
    if team is None or not _specific(team) or not FED_BACK_OR_POINTED.match(text, team.end, clause_end):
        return None
    if answer.group("unit"):
        unit = answer.span("unit")
    elif alone is not None:
        unit = alone.span("unit")
    else:
        return None
    return (*unit, team, clause_end) if _all_units(text[slice(*unit)]) else None


def _clause_end(text: str, start: int, end: int) -> int:
    """The end of the clause opening at ``start`` (its first comma or sentence mark), before ``end``."""
    m = CLAUSE_MARK.search(text, start, end)
    return m.start() if m else end


CLAUSE_MARK = re.compile(r"[,，;；。]")


def _tells_its_report(ctx: Ctx, sentence: Sentence) -> re.Match[str] | None:
    """The units a paragraph of a rectification roundup opens with, telling its report (TELLS_ITS_REPORT), under a
    headline on the round's published rectifications, on a page that names no team of its own."""
    text = ctx.doc.text
    if not ROUNDUP_TITLE.search(ctx.doc.metadata.title or "") or any(_specific(t) for t in ctx.named_teams) \
            or not (m := TELLS_ITS_REPORT.match(text, sentence.start, sentence.end)
                    or TELLS_ITS_REPORT_BY_NAME.match(text, sentence.start, sentence.end)):
        return None  # (a roundup that names its teams pairs its units with them)
    if not m.groupdict().get("answering") and sentence.start != ctx.paragraph_start(sentence.start) \
            and sentence.start != _line_start(text, sentence.start):
        return None
    return m if _all_units(m.group("targets")) else None


def _lists_published(ctx: Ctx, sentence: Sentence) -> bool:
    """本次公布整改进展情况的14个党组织是:A、B / 16日又有A、B等12所高校公布整改进展情况: a sentence that lists the units
    that published their rectification (OBJECT_LIST's published lists, or RECTIFICATION_PUBLISHED's subjects in a
    paragraph on an inspection or under a headline on one), which need not say 巡视 or 巡察 itself."""
    text = ctx.doc.text
    s_text = text[sentence.start:sentence.end]
    if ("整改" not in s_text and "通报" not in s_text) or not _has_any(text, sentence, PUBLISHING_WORDS):
        return False  # (OBJECT_LIST's published lists and RECTIFICATION_PUBLISHED both say 公布 or 公开; A和B的通报亦已公布)
    if any(m.group("published") for m in OBJECT_LIST.finditer(text, sentence.start, sentence.end)):
        return True
    # (…等企业亦公布整改进展 under the headline 34家央企晒巡视整改成绩单: the inspection the headline names)
    return (RECTIFICATION_PUBLISHED.search(text, sentence.start, sentence.end) or
            REPORTS_PUBLISHED.search(text, sentence.start, sentence.end) or
            PUBLISHERS_NAMED_AFTER.search(text, sentence.start, sentence.end)) is not None and (
        "巡" in text[ctx.paragraph_start(sentence.start):ctx.paragraph_end(sentence.start)]
        or "巡" in (ctx.doc.metadata.title or ""))


def _all_units(cell: str) -> bool:
    """Whether every part of a team's list (parted by 、, or by 及其 before the units under one: 甲镇党委及其所辖12个村
    党组织; or by spaces alone, where the page lost its 、) names a unit or counts units (A及其下属单位: A)."""
    cell = REPORT_LINK_NOTE.sub("", UNIT_DAYS.sub("", UNIT_NOTE.sub("", cell)))  # (A(4月8日), B(常规巡察): notes on the units)
    cell = INLINE_NUMBER.sub("、", CIRCLED_ITEM.sub("、", cell)).strip("、")  # (①A②B / 1.A 2.B: items numbered in a line)
    cell = CONTAINED_UNITS.sub(r"、\g<units>", QUOTED_UNIT.sub(r"\g<unit>", cell))  # (A(含B、C): A, B and C)
    if CLAUSE_VERB.search(cell):
        return False  # (对甲市及其所属A区开展巡视: a clause, whose units the tail 及其所属… would hide)
    parts = [p.strip() for p in UNIT_LIST_SEPARATOR.split(re.sub(rf"{SUBORDINATES}(?=、|$)", "", cell))]
    parts = [q for p in parts for q in p.split()]  # 第一巡察组:县委办公室 县政协办公室 县委统战部 (or A　B、C)
    if len(parts) == 1 and len(parts[0]) > ONE_UNIT_LINE and not _one_long_name(parts[0]):
        return False  # 甲市乙区丙区丁县: names run together, where the page lost its separators
    # (省委党校(省行政学院): a unit with its second name in brackets)
    # (航天科技、兵器工业: national bodies by the short names they are known by)
    return all(2 <= len(p) <= 30
               and (ORG_END.search(SECOND_NAME.sub("", p)) or COUNT_TAIL.search(p) or p in KNOWN_SHORT_NAMES)
               and not re.search(r"\s", p) and not CLAUSE_VERB.search(p) for p in parts)  # (3月25日进驻B: a clause, read as one)


# What a long name of one unit holds no more of after its first character: a place's level (a second place's name
# run on: 区委政法委员会区人民法院党组), and words that hold those characters without naming a place.
_LEVEL_IN_NAME = re.compile(r"[省市州县区旗镇乡村]")
_LEADING_PLACE = re.compile(r"[\u4e00-\u9fff]{0,4}?[省市州县区旗盟]|")  # (北原省 / 区: the name's own place, if it opens with one)
_WORDS_WITH_A_LEVEL = re.compile(r"农村|城乡|城市|市场|乡村")


def _one_long_name(part: str) -> bool:
    """区国有资产投资经营集团有限公司党委 / 北原省建设工程集团有限公司党委: a name longer than ONE_UNIT_LINE that is one unit's
    (no second place's level in it after its own place, and at most one office: 局, 厅 or 委员会), not names run
    together."""
    body = _WORDS_WITH_A_LEVEL.sub("", part[len(_LEADING_PLACE.match(part).group()) or 1:])
    return not _LEVEL_IN_NAME.search(body) and len(re.findall(r"[局厅]|委员会", body)) <= 1


def _list_lead(ctx: Ctx, pos: int) -> int | None:
    """Where the paragraph before a list of lines that name teams (the one at ``pos`` among them) starts: its lead. The
    list's lines open with their team, or name it in a bracket after their unit (北京大学（中央第十四巡视组，6月13日）：…)."""
    text = ctx.doc.text
    start = ctx.paragraph_start(pos)
    for _ in range(TEAM_LINES_BACK):
        if start == 0:
            return None
        start = ctx.paragraph_start(start - 1)
        if not any(t.start == _line_start(text, start) or _bracket_opening(text, t) is not None
                   for t in ctx.within(ctx.teams, start, ctx.paragraph_end(start))):
            return start
    return start


def _lines_introduced(ctx: Ctx, pos: int) -> tuple[Mention, str | None, str | None] | None:
    """2024年4月至6月,市委三个巡察组对12个单位开展了巡察…如下: / 第一巡察组:A、B: lines of teams and their units
    are dated by the period (a range) the paragraph before the first of them gives its inspection (that of the last
    sentence saying inspections were made, else its first)."""
    if (start := _list_lead(ctx, pos)) is None:
        return None
    end = ctx.paragraph_end(start)
    periods = [d for d in ctx.dates_in(start, end) if d[2]]
    said = [ctx.doc.sentence_at(m.start()) for m in INSPECTED_BEFORE.finditer(ctx.doc.text, start, end)]
    if not said:
        return None
    # 9月4日至8日,5个巡察组分别反馈…。此前,5个巡察组于6月12日至8月4日对上述单位开展了巡察 / 第三轮巡察(3月至5月)…;
    # 第四轮巡察(9月至11月)对州直18个单位开展常规巡察: the period of the last sentence that says inspections were made,
    # before the paragraph's first.
    return next((d for sentence in reversed(said) if sentence for d in periods
                 if sentence.start <= d[0].start < sentence.end), periods[0] if periods else None)


def _cell_lines(ctx: Ctx, team: Mention) -> list[Statement]:
    """A table flattened one cell a line (组别 / 被巡视单位 / 进驻时间, then 省委第一巡视组 / 甲市委 / 2023年3月1日):
    the line after a team's line names its units (and the lines after it that name one unit each: a cell of several
    lines), and the line after them may date them."""
    text, paragraphs = ctx.doc.text, ctx.doc.paragraphs
    i = bisect.bisect_right(ctx._para_starts, team.start)
    while i < len(paragraphs) and _name_cell(ctx, paragraphs[i]):
        i += 1  # (县委第一巡察组⏎陈立群⏎周　涛⏎A: its 组长 and 副组长 cells before its units)
    if i >= len(paragraphs) or ctx.within(ctx.teams, paragraphs[i].start, paragraphs[i].end):
        return []
    last = i
    while last + 1 < len(paragraphs) and _unit_line(ctx, paragraphs[last + 1]):
        last += 1
    dated = ctx.dates_in(paragraphs[last + 1].start, paragraphs[last + 1].end) if last + 1 < len(paragraphs) else []
    when = dated[0] if dated and not text[paragraphs[last + 1].start:dated[0][0].start].strip() else None
    header = bisect.bisect_left(ctx.date_headers, team.start, key=lambda h: h[0]) - 1
    if header >= 0 and ctx.date_headers[header][1] == "反馈":
        when = None  # 反馈时间: the day of the feedback; the inspection's period is the lead's
    return [Statement(cell.end, cell.start, cell.end, None, False, team, stated=True, when=when)
            for cell in paragraphs[i:last + 1]]


def _name_cell(ctx: Ctx, para: Block) -> bool:
    """Whether the line is a person's name alone (a leader's cell of a table copied one cell a line; 周　涛: a name of two
    characters spaced out to three)."""
    return re.sub(r"[ \t\u3000]", "", ctx.doc.text[para.start:para.end]) in ctx.person_names


# 负责A、B的“回头看” / 负责A、B的专项巡察工作: what the team does to the units it is assigned, after them.
ASSIGNED_KIND = re.compile(rf"的{MODE}(?:(?:巡视|巡察)(?:整改)?{OPEN_QUOTE}?(?:回头看)?{CLOSE_QUOTE}?|{OPEN_QUOTE}回头看{CLOSE_QUOTE}|回头看)"
                           r"(?:工作|任务)?(?=[,，。;；]|$)")


def _assigned(ctx: Ctx, team: Mention, m: re.Match[str]) -> Statement:
    """The units a team is assigned after RESPONSIBLE: after a colon, the rest of the line (its units parted by
    ；), or where the colon ends the line, the lines after it of one unit each (ending in ；) up to the next
    team's; without a colon, the clause."""
    text = ctx.doc.text
    if m.group("colon") is None:
        end = ctx.paragraph_end(m.end())
        stop = LIST_STOP.search(text, m.end(), end)
        stop_at = stop.start() if stop else _before_unit_cut(text, m.end(), end)
        kind = ASSIGNED_KIND.search(text, m.end(), stop_at)  # (负责A、B的“回头看” / 负责A、B的巡察工作: the units before 的)
        mode = "回头看" if kind and "回头看" in kind.group() else _mode(kind.group("mode")) if kind else None
        return Statement(m.start(), m.end(), kind.start() if kind else stop_at, mode, False, team, stated=True)
    end = ctx.paragraph_end(m.end())
    if text[m.end():end].strip():
        return Statement(m.start(), m.end(), end, None, False, team, stated=True)
    return Statement(m.start(), m.end(), _unit_lines_end(ctx, m.end()), None, False, team, stated=True)


def _card_cells(ctx: Ctx, team: Mention) -> Statement | None:
    """县委第一巡察组⏎组长⏎某某⏎被巡察党组织⏎A⏎B⏎值班电话⏎…: a team's card copied one cell a line, the units on the lines after
    the cell that labels them (a units column's name), up to a line that is no unit's name."""
    text, paragraphs = ctx.doc.text, ctx.doc.paragraphs
    if not CARD_TEAM_REST.match(text, team.end):
        return None
    i = bisect.bisect_right(ctx._para_starts, team.start) - 1
    for label in paragraphs[i + 1:i + 1 + CELL_CARD_REACH]:
        if ctx.within(ctx.teams, label.start, label.end):
            return None  # (the next team's card)
        if text[label.start:label.end].strip() in TARGET_COLUMNS:
            end = _unit_lines_end(ctx, label.end)
            if end <= label.end:
                return None
            first = paragraphs[bisect.bisect_right(ctx._para_starts, label.end)].start
            return Statement(team.start, first, end, None, False, team, stated=True, when=_lines_introduced(ctx, team.start))
    return None


CELL_CARD_REACH = 6  # how many lines below its team a card copied one cell a line names its units
# ▶区委第一巡察组 | 组长:王某 | 进驻:A(3月15日)、B | 延伸:C | 电话:…: a team's card on one line, its cells parted by bars, the
# units in the cells labelled as moved into, inspected or extended to.
BARRED_CELL = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*(?:(?P<units>进驻|进驻单位|巡察对象|巡视对象|被巡察单位|被巡视单位|被巡察党组织"
                         r"|被巡视党组织|延伸|延伸巡察|延伸巡视)[ \t\u3000]*[:：][ \t\u3000]*)?(?P<value>[^|｜\n]*)")


def _barred_card(ctx: Ctx, team: Mention) -> list[Statement]:
    """The statements of a team's card on one line whose cells bars part (BARRED_CELL): one a cell of units."""
    text, end = ctx.doc.text, ctx.paragraph_end(team.end)
    found: list[Statement] = []
    pos = team.end
    while pos < end and (cell := BARRED_CELL.match(text, pos, end)) is not None and cell.end() > pos:
        if cell.group("units"):
            found.append(Statement(team.start, cell.start("value"), cell.end(), None, False, team, stated=True,
                                   when=_lines_introduced(ctx, team.start)))
        pos = cell.end()
    return found


# 中央第一巡视组：⏎巡视北京大学党委，值班电话…，邮政信箱…⏎巡视C党委，…: a team's line over lines that each open with its
# verb and name one unit, its contacts after it.
VERB_UNIT_LINE = re.compile(rf"[ \t\u3000]*(?:巡视|巡察)(?P<unit>[^,，。;；:：、\s]{{2,40}}?)(?:{CONTACT_TAIL})?[;；。]?[ \t\u3000]*$")


def _verb_unit_lines(ctx: Ctx, pos: int) -> list[tuple[int, int]]:
    """The units of the lines after ``pos`` (a team's line) that each open with 巡视/巡察 and name one unit (VERB_UNIT_LINE),
    up to the first that does not."""
    text, units = ctx.doc.text, []
    for para in ctx.doc.paragraphs[bisect.bisect_right(ctx._para_starts, pos):]:
        m = VERB_UNIT_LINE.fullmatch(text, para.start, para.end)
        if m is None or not ORG_END.search(m.group("unit")) or ctx.within(ctx.teams, para.start, para.end):
            break
        units.append(m.span("unit"))
    return units


def _unit_lines_end(ctx: Ctx, pos: int) -> int:
    """Where the lines after ``pos`` that each name one unit (ending in ；or nothing) end: at the next team's line
    or the first line that is no unit's name. After such a line, a line of several units goes on with them (省委第一巡视组⏎
    东川市⏎东川区、铜山县: a city, then its counties inspected with it)."""
    text, end = ctx.doc.text, pos
    for para in ctx.doc.paragraphs[bisect.bisect_right(ctx._para_starts, pos):]:
        if _unit_line(ctx, para):
            end = para.start + len(text[para.start:para.end].rstrip().rstrip(";；。"))  # the list's last 。 is no part of it
        elif end > pos and (units := _units_line_below(ctx, para.start - 1)):
            end = units[1]
        else:
            break
    return end


def _clause_opening(text: str, floor: int, end: int) -> int:
    """Where the clause ending at ``end`` opens: after the last LIST_STOP in ``[floor, end)``, else at ``floor``."""
    opened = [c.end() for c in LIST_STOP.finditer(text, floor, end)]
    return opened[-1] if opened else floor


def _units_handed(ctx: Ctx, sentence: Sentence, team: Mention, fed_back: bool = False) -> list[Statement]:
    """市教育局、市体育局由市委第一巡察组巡察 / 丙局则由第二巡察组负责巡察 / 甲集团迎来中央第九巡视组 / 进驻甲省的是中央第一
    巡视组: the units handed to the team (HANDED_TO_TEAM), each one naming a unit. 市委统战部、市工商联分别由市委第一、第三
    巡察组负责巡察: the units paired in order with the teams listed after 分别 (``team`` the last of them), as many of each.
    ``fed_back``: the units handed to it for its feedback (A、B由中央第一巡视组反馈)."""
    text = ctx.doc.text
    teams = _listed_teams(ctx, sentence, team)
    start = _clause_opening(text, max(sentence.start, teams[0].start - MAX_UNITS_BEFORE), teams[0].start)
    handed = HANDED_TO_TEAM.fullmatch(text, start, teams[0].start)
    if fed_back and (handed is None or handed.group("verb") != "由"):
        return []
    closing = FED_BACK_BY_TEAM if fed_back else RECEIVED_TEAM_VERB if handed and handed.group("verb") == "迎来" else BY_TEAM_VERB
    if handed is None or not (closing.match(text, team.end, sentence.end) if handed.group("verb")
                              else CLAUSE_CLOSE.match(text, team.end, sentence.end)):
        return []
    a, b = handed.span("units") if handed.group("verb") else handed.span("units2")
    if len(teams) == 1:  # (A党委和B党委均由T巡视: units joined by 和 too)
        return [Statement(team.start, a, b, None, False, team, stated=True)] \
            if _all_units(UNITS_JOINED.sub("、", text[a:b])) else []
    units = _spans_between(text, a, b, "、") if handed.group("each") else []
    if len(units) != len(teams) and handed.group("each"):
        units = _spans_between(text, a, b, "、和及与")  # (A和B分别由T1、T2巡视: the last two joined by 和)
    if len(units) != len(teams) or not all(_all_units(text[a:b]) for a, b in units):
        return []
    return [Statement(by.start, a, b, None, False, by, stated=True, alone=True) for by, (a, b) in zip(teams, units)]


# Units given to a team in the words around it rather than by its verb:
# 县委第一巡察组承担对A、B的巡察任务 (the task after the team; its kind too: 承担A、B巡察整改“回头看”任务) …
TASK_AFTER_TEAM = re.compile(rf"[ \t\u3000]*(?:具体)?承担(?:对)?(?P<units>{_CLAUSE}{{2,400}}?)的?(?:巡视|巡察)"
                             rf"(?:整改)?{OPEN_QUOTE}?(?:回头看)?{CLOSE_QUOTE}?(?:任务|工作)")  # (承担A、B巡察整改“回头看”任务)
# … 委党委向A、B派出第一巡察组 (the units before it, sent to) …
SENT_TO_UNITS = re.compile(rf"(?:向|对|为)(?P<units>(?:(?!向|对|为){_CLAUSE}){{2,400}}?)(?:分别)?(?:派出|派驻|选派)了?$")
# … 对A、B实行“一托二”巡察，由分行党委第一巡察组实施 (the units of the clause before, handed to it).
DONE_BY_TEAM = re.compile(rf"对(?P<units>(?:(?!对){_CLAUSE}){{2,400}}?)(?:实行|开展|进行|实施)[^,，。;；\n]{{0,16}}?(?:巡视|巡察)"
                          r"[,，][ \t\u3000]*(?:均|则|并)?由$")
DONE_BY_VERB = re.compile(r"(?:具体)?(?:实施|负责|承担|开展|进驻)(?=[,，。;；\n]|$)")
# … 巡视A、B党委的省委第十一巡视组，12月5日分别向… (the units the team inspected, said of it before its name).
INSPECTED_BY_TEAM = re.compile(rf"(?<![\u4e00-\u9fff])(?:负责)?(?:巡视|巡察|进驻)了?(?P<units>(?:(?!巡视|巡察){_CLAUSE}){{2,400}}?)的$"
                               # (对A、B开展巡视的中央第十巡视组: the same with its verb after the units)
                               rf"|对(?P<units2>(?:(?!对){_CLAUSE}){{2,400}}?)(?:开展|进行)了?{MODE}(?:巡视|巡察){REVISIT}的$")


def _units_tasked(ctx: Ctx, sentence: Sentence, team: Mention) -> Statement | None:
    """T承担对A、B的巡察任务 / 向A、B派出T / 巡视A、B的T / 对A、B实行“一托二”巡察,由T实施: the units the team is given, where
    every part of the list names a unit."""
    text = ctx.doc.text
    mode = None
    if after := TASK_AFTER_TEAM.match(text, team.end, sentence.end):
        span, mode = after.span("units"), "回头看" if "回头看" in after.group() else None
    elif (before := SENT_TO_UNITS.search(text, max(sentence.start, team.start - MAX_UNITS_BEFORE), team.start)) or (
            before := INSPECTED_BY_TEAM.search(text, max(sentence.start, team.start - MAX_UNITS_BEFORE), team.start)) or (
            (before := DONE_BY_TEAM.search(text, max(sentence.start, team.start - MAX_UNITS_BEFORE), team.start))
            and DONE_BY_VERB.match(text, team.end, sentence.end)):
        span = before.span("units2") if "units2" in before.re.groupindex and before.group("units2") else before.span("units")
    else:
        return None
    return Statement(team.start, *span, mode, False, team, stated=True) if _all_units(text[slice(*span)]) else None


def _unit_of_line(ctx: Ctx, team: Mention) -> tuple[int, int] | None:
    """1.甲公司党委(集团党委第一巡察组):反馈问题23个 / 乙局（第二巡察組）： in a rectification report's list: the unit
    that opens the line, inspected by the team in brackets after it (the span of the unit's name)."""
    text = ctx.doc.text
    reach = max(team.start - UNIT_LINE_REACH, 0)  # no scan back over a line of megabytes for each team
    line_start = text.rfind("\n", reach, team.start) + 1 or (0 if reach == 0 else team.start)
    before = UNIT_BEFORE_TEAM.fullmatch(text, line_start, team.start)
    if before is None or not TEAM_AFTER_UNIT.match(text, team.end) or not ORG_END.search(before.group("unit")):
        return None
    return before.span("unit")


def _unit_before_bracket(ctx: Ctx, sentence: Sentence, team: Mention) -> Statement | None:
    """甲局党组(第四组)、乙局党组(第四组): the unit before the bracket a team stands in, in a list of a round's units
    (its mode in the bracket too: 丙镇党委(第六组,提级巡察)), dated as the list's lines are."""
    text = ctx.doc.text
    if (bracket := _bracket_opening(text, team)) is None or not (close := TEAM_BRACKET_CLOSE.match(text, team.end)):
        return None
    unit = UNIT_BEFORE_BRACKET.search(text, max(sentence.start, bracket - 80), bracket)
    if unit is None:
        return None
    start = unit.start()
    verb = max(text.rfind("向", start, unit.end()), text.rfind("对", start, unit.end()))
    if verb >= 0 and (ctx.within(ctx.teams, start, unit.end()) or not _all_units(text[start:unit.end()])):
        start = verb + 1  # 市委5个巡察组分别向A(市委第一巡察组)、B(…) / 本轮巡察对A(第一组)…: the units after the verb
    if ctx.within(ctx.teams, start, unit.end()):
        return None
    # 甲局党组(第三组)、乙局、丙局(第四组): after another unit's bracket, the bracket is the last unit's; a list that opens
    # its line or clause (甲局、乙局、丙局(第四组);) or follows its verb is the team's, every unit of it.
    # (A、B（T1），C、D（T2）: after another group's bracket and a comma, a group of its own)
    whole = start == sentence.start or text[start - 1:start] in ("\n", ";", "；", ":", "：", "。", "向", "对") or (
        text[start - 1:start] in (",", "，") and text[start - 2:start - 1] in (")", "）"))
    listed = text[start:unit.end()]
    if "、" in listed and not COUNT_TAIL.search(listed) and not whole:
        start += listed.rfind("、") + 1
    while text[start] in " \t\u3000、":
        start += 1
    end = unit.end()
    if whole and (title := REPORT_TITLE_TAIL.search(text, start, end)):
        # 1．柳州市委关于巡视整改情况的通报（T，2018年1月8日反馈）: the unit whose report the line lists, after its number
        end = title.start()
        start += number.end() if (number := NUMBERING.match(text[start:end])) else 0
    if not (_all_units(text[start:end]) or PLACES_SHARING_KIND.fullmatch(text, start, end)):
        return None
    mode = next((m for m in (*INSPECTION_MODES, "回头看") if m in close.group("note")), None)
    # (A、B、C（市委第一、第二巡察组）: two teams over the group, which of them inspected which unit unsaid: none)
    shared = ctx.within(ctx.teams, bracket, close.end())
    if len(shared) > 1 and team is not shared[0]:
        return None
    # (（4月15日，T反馈）: the day the bracket opens with is the feedback's, not the inspection's)
    return Statement(team.start, start, end, mode, False, team if len(shared) < 2 else None,
                     of_round=close.group("verb") == "反馈", stated=True, when=_lines_introduced(ctx, team.start))


def _bracket_opening(text: str, team: Mention) -> int | None:
    """Where the bracket a team stands in opens: right before it, or before the day it opens with (（4月15日，T反馈）)."""
    if text[team.start - 1:team.start] in ("(", "（"):
        return team.start - 1
    dated = _dated_bracket(text, team)
    return dated.start() if dated else None


def _dated_bracket(text: str, team: Mention) -> re.Match[str] | None:
    """The bracket's opening and the day it gives before the team (（4月15日，T反馈）), if it opens so."""
    return DATED_BRACKET_OPEN.search(text, max(0, team.start - DATED_BRACKET_REACH), team.start)


# The title of a unit's rectification report after the unit, in a list of a round's reports (柳州市委关于巡视整改情况的通报).
REPORT_TITLE_TAIL = re.compile(r"关于[^()（）\n]{0,40}?(?:巡视|巡察)[^()（）\n]{0,20}?(?:通报|报告)$")


def _units_below(ctx: Ctx, team: Mention) -> list[Statement]:
    """县委第一巡察组: / 第二巡視組（組長某某）： on a line of its own, then its units one a line beneath, in a round's
    notice or rectification report: the team inspected each (dated as the lines of TEAM_UNITS_LINE are); or lines that
    each list several (东城镇：A村 B村⏎西城镇：C村 D村), a statement a line."""
    text = ctx.doc.text
    led, mode, after = _team_line(ctx, team)
    colon = TEAM_LINE_END.match(text, after)
    if colon is None and led is not None and LINE_END.match(text, led.end()):
        colon = led  # 县委第一巡察组（组长：某某） alone on its line: the leaders close it as a colon would
    bare = LINE_END.match(text, after) if colon is None else None
    if bare:
        # 市委第一巡察组 alone on its line, its units numbered beneath (1.A\n2.B), perhaps after its leaders' line, or
        # not numbered in a list a lead closed by a colon opens (现将被巡察单位公告如下:⏎县委第一巡察组⏎A⏎B⏎县委第二巡察组)
        leaders = LEADERS_LINE.match(text, bare.end() + 1)
        colon = leaders or bare if LINE_NUMBER.match(text, (leaders or bare).end() + 1) or \
            _in_team_list(ctx, team) else None
    how = _part_mode(mode)
    when = _lines_introduced(ctx, team.start)
    lines: list[tuple[int, int]] = []
    while (colon or bare) and (line := _units_line_below(ctx, lines[-1][1] if lines else (colon or bare).end())
                               or lines and _single_unit_line_below(ctx, lines[-1][1])):
        # 市委第一巡察组 / A、B、C: its units on the line beneath (or lines, a place's each; A　B⏎C, two columns, the last
        # line one unit)
        lines.append(line)
    if lines:
        return [Statement(start, start, end, how, False, team, stated=True, when=when) for start, end in lines]
    # (中央第一巡视组: or alone on its line, then 巡视A　值班电话：…⏎巡视B　…: a line of its verb and one unit each)
    if (colon or bare) and (verb_lines := _verb_unit_lines(ctx, (colon or bare).end())):
        return [Statement(start, start, end, how, False, team, stated=True, when=when) for start, end in verb_lines]
    if colon is None:
        return []
    end = _unit_lines_end(ctx, colon.end())
    if end == colon.end():
        return []
    return [Statement(colon.end(), colon.end(), end, how, False, team, stated=True, when=when)]


def _unit_line(ctx: Ctx, para: Block) -> bool:
    """Whether the line names one unit and nothing else (its number before it, ；after it, the units it takes in after it
    in brackets: 甲公司党委(延伸巡察所属乙矿党委))."""
    line = ctx.doc.text[para.start:para.end].strip().rstrip(";；。")
    line = line[bullet.end():] if (bullet := BULLET.match(line)) else line  # (◆ A: the line's bullet)
    line = line[number.end():] if (number := LINE_NUMBER.match(line)) else line
    line = line[:contained.start()] if (contained := CONTAINED_UNITS.search(line)) and contained.end() == len(line) else line
    line = LINK_AFTER_UNIT.sub("", line)  # (万州区委（2019年4月18日反馈）　整改进展情况: the link to its report after it)
    line = LINE_NOTE.sub("", line).rstrip()  # (A（4月8日）, B（巡察整改“回头看”）: a note on the unit, its day or its mode)
    return 2 <= len(line) <= 40 and ORG_END.search(line) is not None and not re.search(r"[,，。;；:：、 ]", line) \
        and not ctx.within(ctx.teams, para.start, para.end)


# How a lead ends that opens the list below it: a colon or a dash (具体安排为——), or the pointing hand or arrow a WeChat
# post writes for one (一起来看看本轮被巡察的单位有哪些👇).
LIST_LEAD_ENDS = (":", "：", "——", "👇", "⬇", "⬇️", "↓")


DAY_ALONE = re.compile(WRITTEN_DAY)  # a table's day cell alone on its line


def _in_team_list(ctx: Ctx, team: Mention) -> bool:
    """Whether the team's line is one of a list of teams alone on their lines, each over its units (one a line, or on
    one line parted by 、 or spaces): a lead
    ending with a colon opens it (the lines before it back to that lead are such teams and units), or another team
    alone on its line stands over units just before or just after the team's own (two such teams make a list without
    a lead: 省委第一巡视组⏎A⏎B⏎省委第二巡视组⏎C)."""
    text = ctx.doc.text
    i = bisect.bisect_right(ctx._para_starts, team.start) - 1
    units_above = False
    while i > 0:
        i -= 1
        para = ctx.doc.paragraphs[i]
        line = text[para.start:para.end].strip()
        if line.endswith(LIST_LEAD_ENDS):
            return True
        if _alone_team(ctx, para):
            if units_above:
                return True  # (another team over its units before this one)
        elif _unit_line(ctx, para) or _units_line_below(ctx, para.start - 1):
            units_above = True  # (a unit a line, or a line of units parted by 、 or spaces)
        elif not DAY_ALONE.fullmatch(line):  # (市委第一巡察组⏎A⏎6月5日⏎市委第二巡察组: a day's cell between)
            break
    units_below = False
    for para in ctx.doc.paragraphs[bisect.bisect_right(ctx._para_starts, team.start):]:
        if _unit_line(ctx, para) or _units_line_below(ctx, para.start - 1):
            units_below = True
        elif DAY_ALONE.fullmatch(text[para.start:para.end].strip()):
            continue
        else:
            return units_below and _alone_team(ctx, para)  # (another team after this one's units)
    return False


def _alone_team_above(ctx: Ctx, pos: int) -> Mention | None:
    """The team alone on the line right above the line at ``pos`` (■ 省委第一巡视组⏎被巡视单位：A　反馈时间：…), if any."""
    i = bisect.bisect_right(ctx._para_starts, pos) - 1
    above = ctx.doc.paragraphs[i - 1] if i > 0 else None
    return _opening_team(ctx, above) if above is not None and _alone_team(ctx, above) else None


def _alone_team(ctx: Ctx, para: Block) -> bool:
    """Whether the line opens with a team and holds nothing after it but its leaders or mode in brackets."""
    first = _opening_team(ctx, para)
    return first is not None and LINE_END.match(ctx.doc.text, _team_line(ctx, first)[2]) is not None


def _units_line_below(ctx: Ctx, pos: int) -> tuple[int, int] | None:
    """The span of the line after ``pos`` (the end of a team's line) where it lists two units or more parted by 、 (or by
    spaces alone, where the page lost its 、), and nothing else (no team): the units of the team above it."""
    text = ctx.doc.text
    i = bisect.bisect_right(ctx._para_starts, pos)
    if i >= len(ctx.doc.paragraphs):
        return None
    para = ctx.doc.paragraphs[i]
    if PLACE_HEADING.fullmatch(text, para.start, para.end) and i + 1 < len(ctx.doc.paragraphs):
        para = ctx.doc.paragraphs[i + 1]  # (县委第一巡察组⏎柳河镇（8个）：⏎A村、B村: the place heads its units, none itself)
    start = para.start + len(text[para.start:para.end]) - len(text[para.start:para.end].lstrip())
    labelled = False  # (a kind's label before the units: one unit is a line's list too)
    if place := PLACE_BEFORE_UNITS.match(text, start, para.end):
        start = place.end()  # (柳河镇：A村、B村 on one line)
    elif day := DAY_LINE.match(text, start, para.end):
        start = day.end()  # (12月4日：A、B under its team: the day they were fed back, _team_day_lines)
    elif kind := KIND_LINE.match(text, start, para.end):
        start, labelled = kind.start("units"), True  # (县（市、区）：枫亭县委。⏎市直部门：A、B。: a kind's line, one unit or more)
    end = para.start + len(text[para.start:para.end].rstrip().rstrip(";；。"))
    if (title := UNITS_REPORT_TAIL.search(text, start, end)) and title.start() > start:
        end = title.start()  # (A、B、C巡视整改进展情况: their reports' title, one for the line's units)
    cell = text[start:end]
    # (A(延伸巡察B、C): one unit on the line, with the units its inspection was extended to)
    if ("、" not in BRACKETED.sub("", cell) and len(cell.split()) < 2 and not labelled) or ctx.within(ctx.teams, start, end) \
            or not _all_units(cell):
        return None
    return start, end


def _numbered_units(ctx: Ctx, team: Mention) -> list[tuple[int, int, str | None, tuple | None]]:
    """一、市委第一巡察组（组长：某某） on a line of its own (its leaders, its mode in brackets or a colon after it), then lines
    numbered 1. / (1) that each open with a unit (NUMBERED_UNIT_LINE), perhaps after a line of the section's feedback day:
    each unit's span, its mode and the day it was fed back (the line's own, else the section's; None where neither
    says one)."""
    text, paragraphs = ctx.doc.text, ctx.doc.paragraphs
    _, _, after = _team_line(ctx, team)
    # (（一）省委第一巡视组巡视单位⏎1.A 巡视整改进展情况通报 2024-06-20: the heading may say what its lines are)
    if not TEAM_HEADING_END.match(text[after:ctx.paragraph_end(after) + 1]):
        return []
    found: list[tuple[int, int, str | None, tuple | None]] = []
    section_day = None
    for para in paragraphs[bisect.bisect_right(ctx._para_starts, after):]:
        if not found and section_day is None and SECTION_FED_BACK.match(text, para.start, para.end):
            section_day = next(iter(ctx.dates_in(para.start, para.end)), None)
            continue
        line = NUMBERED_UNIT_LINE.match(text, para.start, para.end)
        if line is None or not ORG_END.search(line.group("unit")) or ctx.within(ctx.teams, para.start, para.end):
            break
        its_mode = _part_mode(line.group("mode") and PART_MODE.match(line.group("mode")))
        own = [d for d in ctx.dates_in(line.end(), para.end) if DAY_FED_BACK.match(text, d[0].end)]
        found.append((*line.span("unit"), its_mode, own[0] if own else section_day))
    return found


HEADING_BRACKETS = {"【": "】", "[": "]", "〔": "〕"}  # the brackets a heading of a team may stand in


def _titles_heading_team(ctx: Ctx, pos: int) -> Mention | None:
    """The team of the heading over a list of rectification reports' titles one a line (一、省委第一巡视组巡视单位⏎
    A关于巡视整改进展情况的通报⏎B关于…), where the title at ``pos`` names none: the heading is the first line above it
    that is no such title, a team alone on its line but for its section's number (or bullet) and what its lines are."""
    text = ctx.doc.text
    for para in reversed(ctx.doc.paragraphs[:bisect.bisect_right(ctx._para_starts, pos) - 1]):
        if REPORT_TITLE.match(text, para.start, para.end) or LISTED_DATE_LINE.fullmatch(text, para.start, para.end) \
                or UNDER_PLACE_HEADING.fullmatch(text, para.start, para.end):
            continue  # (a title's date on the line after it: 2024-03-08; 东平市所辖：over its counties' titles)
        team = ctx.first_within(ctx.teams, para.start, para.end)
        if team is None or not (SECTION_NUMBER.fullmatch(text, para.start, team.start)
                                or BULLET.fullmatch(text, para.start, team.start)  # (📂 区委第一巡察组巡察单位)
                                or text[para.start:team.start].strip() in HEADING_BRACKETS):  # (【市委第一巡察组】)
            return None
        return team if TEAM_HEADING_END.match(text[_team_line(ctx, team)[2]:para.end + 1]) else None
    return None


def _kind_lines(ctx: Ctx, pos: int) -> list[tuple[int, int]]:
    """The spans of the units on the rest of the line at ``pos`` and the lines after it that each list the units of one
    kind (KIND_LINE: 地方：A、B；/ 中管企业：C、D), without the kind's label; none where the first line after ``pos`` is no
    such line."""
    text, spans = ctx.doc.text, []
    first = KIND_LINE.match(text, pos, ctx.paragraph_end(pos))  # 被巡察单位为——二级单位:A、B;\n三级单位:C: on its line too
    if first and not ctx.within(ctx.teams, pos, first.start("units")):
        spans.append((first.start("units"), first.end("units")))
    under = 0  # where the lines of units under a kind's heading end
    for para in ctx.doc.paragraphs[bisect.bisect_right(ctx._para_starts, pos):]:
        if para.start < under:
            continue
        if KIND_HEADING.fullmatch(text, para.start, para.end):  # 中央和国家机关(9家): / then one unit a line
            under = _lines_of_units(ctx, para.end)
            if under <= para.end:
                break
            spans.append((ctx.doc.paragraphs[bisect.bisect_right(ctx._para_starts, para.end)].start, under))
            continue
        line = KIND_LINE.match(text, para.start, para.end)
        if line is None or ctx.within(ctx.teams, para.start, line.start("units")):
            break  # 省委第一巡视组：A、B is a team's row, read as such
        spans.append((line.start("units"), _before_unit_cut(text, *line.span("units"))))
    return spans


def _lines_of_units(ctx: Ctx, pos: int) -> int:
    """Where the lines after ``pos`` that each name one unit (1.市教育局党组 / 市民政局党组; / 以及省教育厅。) end: a
    line closed by 。 is the last."""
    text, end = ctx.doc.text, pos
    for para in ctx.doc.paragraphs[bisect.bisect_right(ctx._para_starts, pos):]:
        if end == pos and UNITS_COUNT_NOTE.fullmatch(text, para.start, para.end):
            end = pos = para.end  # (名单⏎（共15个）⏎1.A: the count of the lines beneath, on a line of its own)
            continue
        # (1.县财政局党组(9月12日): the day it published, in brackets after the unit, is no part of the line's unit)
        line = LINE_OF_UNIT.match(LINE_NOTE.sub("", NUMBERING.sub("", text[para.start:para.end].strip())))
        if not (line and ORG_END.search(line.group("unit"))):
            break
        end = para.start + len(text[para.start:para.end].rstrip()) - len(line.group("stop"))
        if line.group("stop") == "。":
            break
    return end


def _cut_list(ctx: Ctx, sentence: Sentence, end: int) -> re.Match[str] | None:
    """The list after 对 that a page cut off before its verb runs to (the page's last sentence, unfinished), where a team
    or a round stands before it in the sentence and every unit before the cut one reads as a unit's name."""
    text = ctx.doc.text
    if text[end - 1:end] in "。！？!?”」)）" or "对" not in text[sentence.start:end]:
        return None
    at = text.find("对", sentence.start, end)
    if not (ctx.first_within(ctx.teams, sentence.start, at) or re.search("巡视|巡察", text[sentence.start:at])):
        return None
    m = INSPECT_CUT.match(text, at, end)
    parts = re.split(r"[、;；,，]", m.group("targets")) if m else []
    return m if len(parts) >= 2 and all(ORG_END.search(p.strip()) for p in parts) else None


def _joined_runs(ctx: Ctx) -> tuple[list[int], list[int]]:
    """For each sentence, where the clauses that ；joins before it in its paragraph start, and where those it joins after
    it end (its own start and end if none): one pass each way."""
    text, sentences = ctx.doc.text, ctx.doc.sentences
    joined_to_next = [text[s.end - 1] in "；;" and i + 1 < len(sentences)  # (a sentence ends with no space: trimmed)
                      and ctx.paragraph_start(sentences[i + 1].start) == ctx.paragraph_start(s.start)
                      for i, s in enumerate(sentences)]
    starts, ends = [s.start for s in sentences], [s.end for s in sentences]
    for i in range(1, len(sentences)):
        if joined_to_next[i - 1]:
            starts[i] = starts[i - 1]
    for i in range(len(sentences) - 2, -1, -1):
        if joined_to_next[i]:
            ends[i] = ends[i + 1]
    return starts, ends


def _card_units(ctx: Ctx, team: Mention) -> Statement | None:
    """The units of an infographic's card (CARD_UNITS) below the line its team ends, before the next team; its mode in
    the brackets after the team ((专项), (提级巡察))."""
    text = ctx.doc.text
    rest = CARD_TEAM_REST.match(text, team.end)
    if rest is None or _labels_unit_above(ctx, team):
        return None
    for line_start, line_end in _card_lines(ctx, rest.end(), CARD_REACH):
        units = CARD_UNITS.match(text, line_start, line_end)
        cell_end = _before_unit_cut(text, units.start("cell"), units.end("cell")) if units else 0  # (the page cut in the last)
        note = CELL_NOTE.search(text, units.start("cell"), cell_end) if units else None
        if note and not ORG_END.search(note.group("note")) and not DAY_NOTE.fullmatch(note.group("note")):
            cell_end = note.start()  # (A、B（“一托二”）: a note on how the units are inspected, no unit)
        if units and all(ORG_END.search(UNIT_NOTE.sub("", p)) for p in _enumeration(  # (A(4月19日)、B(4月20日))
                CONTAINED_UNITS.sub("", text[units.start("cell"):cell_end]))):
            mode = _part_mode(PART_MODE.search(text, team.end, rest.end())) or next(
                (m for m in INSPECTION_MODES if m in text[team.end:rest.end()]), None)
            return Statement(team.start, units.start("cell"), cell_end, mode, False, team, stated=True,
                             when=_card_period_below(ctx, line_end) or _lines_introduced(ctx, team.start))
    return None


def _labels_unit_above(ctx: Ctx, team: Mention) -> bool:
    """被巡察单位：A⏎巡察组：T: the team on its label's line right under a unit's line, in a card that opens with its unit
    (whose units are not those of the next card's line)."""
    text = ctx.doc.text
    line_start = text.rfind("\n", 0, team.start) + 1
    label = TEAM_LABEL.match(text, line_start)
    if label is None or label.end() != team.start or line_start == 0:
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    return OBJECT_LIST.match(text, above) is not None


def _objects_said_before(ctx: Ctx, sentence: Sentence) -> bool:
    """问：这次专项巡视的对象是怎么确定的？⏎答：巡视对象主要是…。具体是：A、B: the sentence before a bare 具体是： says what
    the inspection's objects are, in the same paragraph."""
    before = _sentence_beside(ctx, sentence, -1)
    return before is not None and OBJECTS_TOLD.search(ctx.doc.text, before.start, before.end) is not None


def _card_lines(ctx: Ctx, pos: int, reach: int) -> Iterator[tuple[int, int]]:
    """The lines of a card after ``pos`` (the end of its team's line, or of a line of it): the start and end of each, at
    most ``reach`` of them, up to the next line that names a team (the next card's)."""
    text = ctx.doc.text
    for _ in range(reach):
        line_end = text.find("\n", pos + 1)
        line_end = len(text) if line_end < 0 else line_end
        if ctx.within(ctx.teams, pos + 1, line_end):
            return
        yield pos + 1, line_end
        pos = line_end


def _card_extensions(ctx: Ctx, team: Mention) -> Statement | None:
    """【旗委第一巡察组】⏎组长：…⏎巡察对象：A⏎延伸巡察：B、C: the units a card's line says the team's inspection was extended
    to, below its team's line and before the next team; or the line right below a team's line of units (县委第一巡察组：A、
    B⏎延伸巡察：C、D)."""
    text = ctx.doc.text
    rest = CARD_TEAM_REST.match(text, team.end)
    below = (rest.end(), CARD_HEIGHT) if rest else (ctx.paragraph_end(team.end), 1) \
        if team.start == _line_start(text, ctx.paragraph_start(team.start)) and _team_units_line(ctx, team) else None
    for line_start, line_end in _card_lines(ctx, *below) if below else ():
        if (line := CARD_EXTENDED.match(text, line_start, line_end)) and _all_units(text[slice(*line.span("cell"))]):
            return Statement(team.start, *line.span("cell"), None, False, team, stated=True)
    return None


def _card_period_below(ctx: Ctx, pos: int) -> tuple[Mention, str | None, str | None] | None:
    """巡察对象：A⏎巡察时间：2023年9月4日—10月20日: the period a card's line below its units gives (CARD_LINE's 进驻时间 /
    巡察时间), before the next team's card."""
    text = ctx.doc.text
    for line_start, line_end in _card_lines(ctx, pos, CARD_REACH):
        if (line := CARD_LINE.match(text, line_start, line_end)) and line.group("when") and (
                dated := ctx.dates_in(line.end(), line_end)):
            return dated[0]
    return None


def _card_near(ctx: Ctx, sentence: Sentence) -> list[FeedbackEvent]:
    """The feedback a card's 反馈时间 line states: to the units of the card's team (_card_units) named within a card's
    reach before the line (the card it closes: 巡察组别: / 巡察对象: / 反馈时间:), else after it, on the line's day, or
    each on the day in brackets after it (反馈对象:A(4月19日)、B(4月20日))."""
    near = ctx.within(ctx.teams, max(0, sentence.start - CARD_TEAM_REACH),
                      min(len(ctx.doc.text), sentence.end + CARD_TEAM_REACH))
    for team in sorted(near, key=lambda t: (t.start > sentence.start, abs(t.start - sentence.start))):
        if (card := _card_units(ctx, team)) is not None:
            targets = split_targets(ctx, card.targets_start, card.targets_end, for_feedback=True)
            days = _days_in_brackets(ctx, card.targets_start, card.targets_end)
            if targets and len(days) == len(targets):
                return [FeedbackEvent(sentence.end, [t], team, given=True, day=day) for t, day in zip(targets, days)]
            return [FeedbackEvent(sentence.end, targets, team, given=True)] if targets else []
    # (被巡视单位：A⏎巡视组：省委第一巡视组⏎反馈时间：…: a card opening with its unit, its team's label after it)
    text, paragraphs = ctx.doc.text, ctx.doc.paragraphs
    i = bisect.bisect_right(ctx._para_starts, sentence.start) - 1
    for para in paragraphs[max(0, i - CARD_HEIGHT):i][::-1]:
        if (units := OBJECT_LIST.match(text, para.start)) and (team := _labelled_card_team(ctx, para.start)) is not None:
            targets = split_targets(ctx, units.end(), para.end, for_feedback=True)
            return [FeedbackEvent(sentence.end, targets, team, given=True)] if targets else []
    return []


def _topic_told(ctx: Ctx, sentence: Sentence) -> FeedbackEvent | None:
    """省交通运输厅方面，省委第四巡视组6月16日反馈时指出，A；B / 对于成都大学，市委第五巡察组于11月26日反馈时指出，… / 厦门理工学院
    被反馈存在A、B等问题: on a page of feedback, the unit a sentence opens with as its topic, told its findings by the team after it
    (a team written bare is no team of its own; or by the numbered team the next sentence opens with), on the day of the
    sentence that names the team."""
    text = ctx.doc.text
    m = TOPIC_TOLD.match(text, sentence.start, sentence.end)
    team_told: tuple[Mention, int] | None = None
    if m is None and (before := _sentence_beside(ctx, sentence, -1)) and (team_told := _team_telling(ctx, sentence)):
        m = TOPIC_TOLD.match(text, before.start, before.end)  # (X被反馈存在A等问题。市委第四巡察组于3月18日反馈时指出，…)
        m = m if m and m.group("unit4") else None
    elif m is not None and m.group("unit4") and (after := _sentence_beside(ctx, sentence, 1)) and _team_telling(ctx, after):
        return None  # (the team told in the sentence after it, which gives its day: read there)
    if m is None:
        return None
    group = next(g for g in ("unit", "unit2", "unit4", "unit5") if m.group(g))
    start, end = m.span(group)
    if short := SHORT_NAME_CLOSING.search(text, start, end):
        end = short.start()  # (中国核工业集团有限公司党组（中核集团）方面: the press's short name in brackets after the unit)
    unit = text[start:end]
    named = ctx.first_within(ctx.orgs, start, end)  # (the press's short name a mention covers whole: 中国石化方面)
    if not (_all_units(unit) or unit in PROVINCES or named and (named.start, named.end) == (start, end)) \
            or NOT_CALLED_OUT.search(unit) or unit.startswith(("在", "从", "关于", "对")):
        return None  # (在理工类院校方面，…: a kind of unit, the topic's preposition before it)
    targets = split_targets(ctx, start, end, for_feedback=True)
    if team_told is not None:
        team, told = team_told
        return FeedbackEvent(told, targets, team, given=True, dated=bool(ctx.dates_in(sentence.start, told))) if targets else None
    team = ctx.first_within(ctx.teams, m.end(group), m.end())
    team = team if team is not None and _specific(team) else None
    return FeedbackEvent(m.end(), targets, team, given=True, dated=bool(ctx.dates_in(sentence.start, m.end()))) \
        if targets else None


def _digests_feedback(ctx: Ctx, sentence: Sentence) -> bool:
    """Whether the sentence names the units whose feedback it goes through or a round published (ROUND_FEEDBACK_NAMED),
    which need not say 巡视 or 巡察 near them (新华网对A、B…的反馈情况梳理如下)."""
    return "反馈情况" in ctx.doc.text[sentence.start:sentence.end] and \
        ROUND_FEEDBACK_NAMED.search(ctx.doc.text, sentence.start, sentence.end) is not None


def _sentence_beside(ctx: Ctx, sentence: Sentence, step: int) -> Sentence | None:
    """The sentence before (``step`` -1) or after (1) ``sentence`` in its paragraph."""
    n = ctx.sentence_index(sentence) + step
    if not 0 <= n < len(ctx.doc.sentences):
        return None
    beside = ctx.doc.sentences[n]
    return beside if ctx.paragraph_start(beside.start) == ctx.paragraph_start(sentence.start) else None


def _team_telling(ctx: Ctx, sentence: Sentence) -> tuple[Mention, int] | None:
    """市委第四巡察组于3月18日反馈时指出，… / 市委第一巡察组指出，…: the numbered team a sentence opens with, telling findings,
    and where its verb ends."""
    team = ctx.first_within(ctx.teams, sentence.start, sentence.end)
    if team is None or ctx.doc.text[sentence.start:team.start].strip() or not _specific(team):
        return None
    told = POINTS_AFTER_TEAM.match(ctx.doc.text, team.end, sentence.end)
    return (team, told.end()) if told else None


def _days_in_brackets(ctx: Ctx, start: int, end: int) -> list[str]:
    """The days in brackets after the units of a list (A(4月19日)、B(4月20日)), one a unit (ISO); empty where a bracket
    holds no single day."""
    days = []
    for bracket in re.finditer(r"[(（][^()（）]{2,16}[)）]", ctx.doc.text[start:end]):
        found = ctx.dates_in(start + bracket.start(), start + bracket.end())
        if len(found) != 1 or found[0][2] is not None or not found[0][1] or len(found[0][1]) != ISO_DAY_LENGTH:
            return []
        days.append(found[0][1])
    return days


def _line_start(text: str, pos: int) -> int:
    """The first character of the line at ``pos`` that is not a space or a row's opening bar, after a row's number
    cell (1 | 县委第一巡察组), a bullet (◆ 县委第一巡察组:…, 👉 区委第二巡察组:…) or a heading's bracket (【县委第一巡察组】)."""
    while pos < len(text) and text[pos] in " \t\u3000|｜":  # (| 省委第一巡视组 | A |: a row's opening bar)
        pos += 1
    pos = bullet.end() if (bullet := BULLET.match(text, pos)) else pos
    pos += text[pos:pos + 1] in HEADING_BRACKETS  # (【县委第一巡察组】: a heading's bracket)
    pos = numbered.end() if (numbered := ROW_NUMBER.match(text, pos)) else pos
    termed = TERM_OPENING.match(text, pos)  # (十四届市委第一巡察组：A、B: the team's term before its name)
    return termed.end() if termed else pos


TERM_OPENING = re.compile(rf"第?{NUMERAL}届(?=[\u4e00-\u9fff]{{0,8}}?(?:{alternation(DISPATCHERS)}))")


def _under_way(ctx: Ctx, pos: int, known: dict[int, bool]) -> bool:
    """Whether the paragraph around ``pos`` says the inspection is under way (UNDER_WAY), read once per paragraph;
    a paragraph that goes on from the one before it (此外,巡视组还将对X开展巡视) is read together with that one
    (one paragraph back, not a chain); so is the page's headline and first paragraph, news of the round's start
    (县委启动…专项巡察 / 6月7日,…专项巡察工作动员部署会召开: its teams 将分别对A、B开展巡察)."""
    start = ctx.paragraph_start(pos)
    if start not in known:
        text = ctx.doc.text
        before = ctx.paragraph_start(start - 1) if start > 0 and GOES_ON.match(text, start) else start
        # (not a plan's own word: 中央巡视组将陆续进驻A、B says nothing has begun)
        known[start] = any(not PLANNED.search(text, max(before, m.start() - PLAN_REACH), m.start())
                           for m in UNDER_WAY.finditer(text, before, ctx.paragraph_end(pos)))
    if -1 not in known:
        first = ctx.doc.paragraphs[0] if ctx.doc.paragraphs else None
        known[-1] = ROUND_BEGUN.search(ctx.doc.metadata.title or "") is not None or (
            first is not None and ROUND_BEGUN.search(ctx.doc.text, first.start, first.end) is not None)
    return known[start] or known[-1]


def _list_end(text: str, start: int, end: int) -> int:
    """Where a list of units starting at ``start`` ends: at the verb after it (反馈, 进行, 整改落实情况 …), and
    at a clause's end unless the next clause lists more units (青石镇、柳溪镇党委,县林业局、县档案局…反馈)."""
    pos = start
    while True:
        stop = LIST_STOP.search(text, pos, end)
        clause_end = stop.start() if stop else end
        verb = LIST_VERB.search(text, pos, clause_end)
        if verb or stop is None or stop.group() not in ",，":
            return verb.start() if verb else clause_end
        nxt = LIST_STOP.search(text, stop.end(), end)
        following = text[stop.end():nxt.start() if nxt else end]
        head = LIST_VERB.search(following)
        if "、" not in (following[:head.start()] if head else following):
            return clause_end
        pos = stop.end()


def _shared_date(ctx: Ctx, sentence: Sentence) -> tuple[Mention, str | None, str | None] | None:
    """2023年10月至12月,第一巡察组对A开展了巡察;第三巡察组对B开展了专项巡察: clauses joined by ；
    share the date that opens the first. 2023年10月至12月,…对14个单位开展了巡视。其中,第一巡视组巡视A;…: the
    clauses of a sentence opening with 其中 share the date of the inspection the sentence before states."""
    text = ctx.doc.text
    i = ctx.sentence_index(sentence)
    while i > 0:
        prev = ctx.doc.sentences[i - 1]
        if prev.start < ctx.paragraph_start(sentence.start):
            return None
        if not text[prev.start:sentence.start].rstrip().endswith(("；", ";")):
            inspected = OF_THOSE.match(text, sentence.start) and INSPECTED_BEFORE.search(text, prev.start, prev.end)
            found = ctx.dates_in(prev.start, prev.end) if inspected else []
            return found[-1] if found and found[-1][2] else None
        found = ctx.dates_in(prev.start, prev.end)
        if found:  # (…对A开展了巡察,7月5日反馈;第二巡察组对B开展了巡察: the period, not the feedback's day after it)
            return next((d for d in reversed(found) if d[2]), found[-1])
        i, sentence = i - 1, prev
    return None


def _same_day(ctx: Ctx, sentence: Sentence) -> tuple[Mention, str | None, str | None] | None:
    """同日,省委第三巡视组进驻A / 當天,第二巡察組向B反饋: a sentence opening with the same day takes the day of the last
    date stated before it in its paragraph, or, where it opens its own, in the paragraph before, or further back the
    day of a feedback (a round's feedback news, one team a paragraph, the team's findings in a paragraph after it); in
    those paragraphs however many sentences they hold (a feedback's 一是…；二是… and who spoke after it), further back at
    most SAME_DAY_LOOKBACK sentences or SAME_DAY_PARAGRAPHS paragraphs, and the first date found back, if it is a day."""
    text = ctx.doc.text
    if not SAME_DAY.match(text, sentence.start) and not AFTERWARDS_FED_BACK.match(text, sentence.start, sentence.end):
        return None
    i, para = ctx.sentence_index(sentence), ctx.paragraph_start(sentence.start)
    opens_paragraph = para > 0 and not text[para:sentence.start].strip()
    paragraph_before = ctx.paragraph_start(para - 1) if opens_paragraph else para
    reach = bisect.bisect_left(ctx.doc.sentences, paragraph_before, hi=i, key=lambda s: s.start)
    furthest = para
    for _ in range(SAME_DAY_PARAGRAPHS if opens_paragraph else 0):
        furthest = ctx.paragraph_start(furthest - 1) if furthest > 0 else furthest
    back = bisect.bisect_left(ctx.doc.sentences, furthest, hi=i, key=lambda s: s.start)  # (the feedback meeting's day)
    for prev in reversed(ctx.doc.sentences[max(min(reach, i - SAME_DAY_LOOKBACK, back), 0):i]):
        if prev.start < para and not opens_paragraph:
            return None
        if found := ctx.dates_in(prev.start, prev.end):
            if prev.start < paragraph_before and "反馈" not in text[prev.start:prev.end]:
                return None  # (6月3日,县委召开巡察工作会议。⏎会议强调…⏎同日,…: a meeting's day two paragraphs back)
            # a day, not a month (2023年4月,…。同日 names no day)
            return found[-1] if found[-1][2] is None and found[-1][1] and len(found[-1][1]) == ISO_DAY_LENGTH else None
    return None


def _paragraph_day(ctx: Ctx, sentence: Sentence) -> tuple[Mention, str | None, str | None] | None:
    """2月15日，中央第九巡视组向A反馈…。中央第二巡视组向B反馈… (a digest, a day a paragraph): a feedback that opens its sentence
    with its numbered team and says no time of its own takes the day that opens its paragraph, where the paragraph's first
    sentence tells a feedback on that day."""
    text = ctx.doc.text
    para = ctx.paragraph_start(sentence.start)
    first = ctx.doc.sentence_at(para)
    team = _opening_team(ctx, sentence)
    if first is None or first.start == sentence.start or OTHER_TIME.search(text, sentence.start, sentence.end) or \
            team is None or not _specific(team) or FEEDBACK_TO.search(text, first.start, first.end) is None:
        return None  # (巡视组组长某某反馈了巡视情况: the paragraph's own team again, its feedback told already)
    opening = ENTRY_DATE_OPENING.match(text, first.start, first.end)
    dated = ctx.dates_in(first.start, opening.end()) if opening else []
    return dated[0] if dated and dated[0][2] is None and dated[0][1] and len(dated[0][1]) == ISO_DAY_LENGTH else None


def _round_lead_date(ctx: Ctx, sentence: Sentence) -> str | None:
    """7月上旬，中央巡视组陆续向被巡视党组织反馈巡视情况。中央第一巡视组向A反馈… / 6月5日，4个巡察组向12个被巡察党组织
    反馈。⏎县委第一巡察组向B反馈时指出: a feedback that opens its sentence with its numbered team and says no time of
    its own is one of the round's whose feedback the last dated sentence before it told (naming no team of its own, at
    most ROUND_LEAD_LOOKBACK sentences back): that day, or that month where it gives a month (ISO), its date where no
    statement of the same feedback gives one (Feedback.round_date); not a range of days (5月13日至17日), which dates
    none of the round's feedbacks as stated."""
    text = ctx.doc.text
    team = _opening_team(ctx, sentence)
    if team is None and (label := KIND_LABEL_OPENING.match(text, _line_start(text, sentence.start), sentence.end)):
        # (保险机构方面：中央第六巡视组向A反馈…: the feedbacks grouped by the kind of unit, a paragraph a kind)
        team = _team_at(ctx, label.end(), sentence.end)
    if team is None or not _specific(team) or OTHER_TIME.search(text, sentence.start, sentence.end) \
            or ctx.first_within(ctx.dates, sentence.start, sentence.end):
        return None  # (a listed title and its day: 县委第一巡察组向A反馈巡察情况　[2019-07-05])
    i = ctx.sentence_index(sentence)
    for lead in reversed(ctx.doc.sentences[max(i - ROUND_LEAD_LOOKBACK, 0):i]):
        dated = ctx.dates_in(lead.start, lead.end)
        if not dated:
            continue
        said = text.find("反馈", lead.start, lead.end)
        if said < 0 or PLANNED_LEAD.search(text, lead.start, lead.end) \
                or any(_specific(t) for t in ctx.within(ctx.teams, lead.start, lead.end)):
            return None
        # (于5月至7月…开展了巡察，8月完成反馈: the date before its 反馈; 反馈时间集中在8月下旬: the one after it)
        mention, start, end = last_date_before(ctx, lead, said) or dated[0]
        if start is None or DEADLINE.match(text, mention.end) or not DATE_GOES_ON.match(text, mention.end) \
                or RECENTLY.search(text, mention.end, said):
            # (…第三轮巡察完成反馈⏎http://…  2023-05-16: a listed story's day, closing its line; 网站1月17日发布消息，3个巡视组
            # 日前向…反馈: the day it was reported)
            return None
        return start if end is None else None
    return None


# The kind of unit a paragraph of a round's feedbacks is about, labelling it (保险机构方面： / 中管高校：).
KIND_LABEL_OPENING = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff、和及]{2,24}?(?:方面|领域|系统|类)?[:：][ \t\u3000]*")
# How far back a round's dated feedback may tell the day of its teams' (_round_lead_date), and the words that make
# its sentence a plan (将于7月上旬反馈).
ROUND_LEAD_LOOKBACK = 12
PLANNED_LEAD = re.compile(r"将|拟|计划|预计")
# What follows a story's own date (7月上旬，/ 于3月14日至17日分别向 / 12月4日上午 / 集中在8月下旬。): its sentence goes on or
# closes, where a listed story's day closes a line (…完成反馈　[2023-05-16]).
DATE_GOES_ON = re.compile(r"(?:上午|下午|晚上?)?[,，。;；\u4e00-\u9fff]")


# How a paragraph's day opens it (2月15日， / 2月15日上午，), and a time word of a sentence's own (近日 / 次日 / 此前).
ENTRY_DATE_OPENING = re.compile(rf"[ \t\u3000]*{DAY_OPENING}")
OTHER_TIME = re.compile(r"近日|日前|此前|随后|次日|翌日|之后|此后|近期|前期|下一步|将|拟|\d{1,2}[日号]")


def _entry_date(ctx: Ctx, sentence: Sentence) -> tuple[Mention, str | None, str | None] | None:
    """7月3日　第四轮巡察进驻。一组、二组分别对A、B开展巡察: in a chronicle's entry, a line opened by its date and a
    space, every sentence is of that date."""
    para = ctx.paragraph_start(sentence.start)
    entry = ENTRY_DATE.match(ctx.doc.text, para)
    if entry is None or para == sentence.start:
        return None
    return next((d for d in ctx.dates_in(para, entry.end()) if d[0].start >= para), None)


# 组长某某一行来到县供电服务中心。当日,巡察组进驻该中心: the unit a team moved into, named as the one it went to before.
ENTERS_THE_UNIT_SAID = re.compile(r"(?:进驻|入驻)该(?P<kind>局|委|办|院|校|所|中心|单位|公司|集团|镇|乡|街道|村|社区|厅|行|馆|站|队)")
GONE_TO = r"(?:来到|到达|到|赴|走进|前往)"
UNIT_GONE_TO_REACH = 2  # the sentences before the one moving in that may name where the team went


def _unit_gone_to(ctx: Ctx, sentence: Sentence, m: re.Match[str]) -> tuple[int, int] | None:
    """The span of the unit of ``m``'s kind that the sentence before (or the one before it, in its paragraph) says the team
    went to (来到A / 赴A), the unit 进驻该中心 moves into; None where none is named so."""
    text, i = ctx.doc.text, ctx.sentence_index(sentence)
    went = re.compile(rf"{GONE_TO}(?P<unit>[\u4e00-\u9fff]{{1,30}}?{m.group('kind')})(?=[,，。;；\s]|召开|开展|进行|$)")
    paragraph = ctx.paragraph_start(sentence.start)
    for before in reversed(ctx.doc.sentences[max(0, i - UNIT_GONE_TO_REACH):i]):
        if before.start < paragraph:
            break
        if found := list(went.finditer(text, before.start, before.end)):
            return found[-1].span("unit")
    return None


# 巡视组一并反馈了延伸巡视发现的问题 / 同时反馈了延伸巡察情况: a feedback to the units the inspection was extended to.
EXTENDED_FED_BACK = re.compile(r"(?:一并|同时|同步|还|并)反馈了?(?:对其)?延伸(?:巡视|巡察)(?:发现的问题|的?情况|的?意见)")
# 并对A、B开展了延伸巡视 / 并延伸巡视了A、B: those units, named before such a feedback.
EXTENDED_UNITS = re.compile(rf"对(?P<targets>(?:(?!对){_CLAUSE}){{2,400}}?)(?:开展|进行)了?延伸(?:巡视|巡察)"
                            rf"|延伸(?:巡视|巡察)了?(?:至|到)?(?P<targets2>(?:(?!延伸){_CLAUSE}){{2,400}}?)(?=[,，。;；\n]|$)")
EXTENDED_REACH = 600  # how far back the units extended to are named


def _extended_before(ctx: Ctx, pos: int) -> list[str]:
    """The units named last before ``pos`` as those an inspection was extended to (EXTENDED_UNITS), every part a unit."""
    text = ctx.doc.text
    found = list(EXTENDED_UNITS.finditer(text, max(0, pos - EXTENDED_REACH), pos))
    if not found:
        return []
    m = found[-1]
    group = "targets" if m.group("targets") else "targets2"
    span = text[m.start(group):m.end(group)]
    return split_targets(ctx, *m.span(group), for_feedback=True) if _all_units(span.replace("\n", "")) else []


def _named_team_before(ctx: Ctx, sentence: Sentence, pos: int) -> Mention | None:
    """The team before ``pos`` in the sentence, or, where it is written bare (巡察组) or not at all, the last numbered team
    its paragraph names before it."""
    team = _team_before(ctx, sentence, pos)
    if team is not None and not BARE_TEAM.fullmatch(team.text):
        return team
    named = ctx.last_within(ctx.named_teams, ctx.paragraph_start(sentence.start), team.start if team is not None else pos)
    return named if named is not None and _specific(named) else team


def _team_of_clause(ctx: Ctx, m: re.Match[str]) -> Mention | None:
    """负责对X开展巡察的县委第二巡察组(组长某某): the team a relative clause says is responsible for the inspection, named
    right after its 的."""
    text = ctx.doc.text
    if not text.endswith("负责", max(0, m.start() - 2), m.start()) or not text.startswith("的", m.end()):
        return None
    team = ctx.first_within(ctx.teams, m.end() + 1, m.end() + 1 + WHILE_REACH + 8)
    return team if team is not None and team.start == m.end() + 1 else None


def _only_team(ctx: Ctx) -> Mention | None:
    """The one team the page names by its number or place, where it names one only."""
    specific = [t for t in ctx.teams if _specific(t)]
    return specific[0] if specific and len({team_name(t) for t in specific}) == 1 else None


def _team_of_sentence_before(ctx: Ctx, sentence: Sentence) -> Mention | None:
    """T进驻县卫生健康系统开展常规巡察。此次巡察的对象为…: the one team the sentence before names (in the same paragraph), whose
    inspection 此次巡察 is on a page of several teams."""
    i = ctx.sentence_index(sentence)
    before = ctx.doc.sentences[i - 1] if i else None
    if before is None or before.start < ctx.paragraph_start(sentence.start):
        return None
    named = [t for t in ctx.within(ctx.teams, before.start, before.end) if _specific(t)]
    return named[0] if named and len({team_name(t) for t in named}) == 1 else None


def _team_said_before(ctx: Ctx, bare: Mention) -> Mention | None:
    """巡察组 written bare in a paragraph whose sentences before it name one team (市委第三巡察组向A反馈。同日，巡察组分别向B、C
    反馈): that team, on a page naming others too (院党委第一巡察组, its own); None where the paragraph names several or none."""
    before = ctx.doc.text[bare.start - 1:bare.start]
    if before and (is_han(before) or before in "?？"):
        return None  # (市 委第?巡察组: a team whose name the copy lost, not the one named before)
    named = [t for t in ctx.backwards(ctx.teams, ctx.paragraph_start(bare.start), bare.start) if _specific(t)]
    return named[0] if named and len({team_name(t) for t in named}) == 1 else None


def _heading_team_for(ctx: Ctx, generic: Mention) -> Mention:
    """省委巡视组 (no ordinal) in a section of a page whose sections each open under a numbered team's heading (一、省委第二巡视组
    巡视单位⏎1.荻渡市⏎…省委巡视组对市委进行了巡视): that heading's team; ``generic`` elsewhere."""
    if generic.attrs["group"]:
        return generic  # (8个巡察组分别向被巡察党组织反馈 / 各巡察组: every team's, not one section's)
    headings = ctx.team_headings
    i = bisect.bisect_right(headings, (generic.start, 1 << 62)) - 1
    return headings[i][1] if len(headings) > 1 and i >= 0 else generic


def _specific(team: Mention) -> bool:
    """A numbered team, a range of them (第一至第四巡视组), or one of a named kind (提级交叉巡察组), rather than
    巡视组 in general."""
    return team.attrs["ordinal"] is not None or "ordinals" in team.attrs or team.attrs["mode"] is not None


def _has_any(text: str, sentence: Sentence, words: tuple[str, ...]) -> bool:
    """Whether the sentence holds one of ``words``: a cheap test before a pattern that can match only there (sought in
    place, the sentence not copied)."""
    for word in words:
        if text.find(word, sentence.start, sentence.end) >= 0:
            return True
    return False


def _placed(team: Mention) -> bool:
    """A team whose dispatcher says which one it is (汉江市委巡察组, 某某医院党委巡察组), not 市委巡察组 in general."""
    dispatcher = team.attrs.get("dispatcher") or ""
    return bool(dispatcher) and dispatcher not in DISPATCHERS


def _mode(mode: str | None) -> str | None:
    return INSPECTION_MODES.get(mode or "", mode)


class FeedbackEvent(NamedTuple):
    """A feedback stated in a sentence: where, to whom, by which team, whether its construction says it
    was given (向X反馈的巡视情况, X巡视反馈意见), which needs no date to count, where a date written after
    it may stand (a meeting's 于6月5日召开), and whether the sentence's date is its own."""

    pos: int
    targets: list[str]
    team: Mention | None
    given: bool = False
    after: int | None = None
    dated: bool = True  # False where the sentence's date is another event's (the meeting that answers the feedback)
    day: str | None = None  # the day the statement gives this event alone (分别于11月16日、17日向A、B反馈: ISO)
    round: str | None = None  # the round the clause names, where no team or unit is (第五轮巡察已完成反馈)


def feedback(ctx: Ctx) -> list[tuple[Feedback, Sentence]]:
    """向X反馈, 对X…由Y带队进行反馈, X巡察Y反馈会, Y召开巡察反馈会, Y巡视反馈意见, 巡察共反馈问题N个, 进行了巡察意见
    反馈 (with a date): one Feedback per statement. A statement counts when a numbered team, a date, 反馈了, the
    deployment it follows, its own form or a unit it names says it was made, and never in a clause of what is
    to be done or a duty (将向X反馈, 要及时向X反馈)."""
    doc, text = ctx.doc, ctx.doc.text
    out: list[tuple[Feedback, Sentence]] = []
    inspecting: dict[int, bool] = {}  # paragraph start → whether the paragraph speaks of 巡视/巡察
    fed_back_page = "反馈" in text
    for sentence in doc.sentences:
        s_text = text[sentence.start:sentence.end]
        # (公布了第三轮巡视对45家单位的巡视反馈情况…A、B、C均被指出存在…: the units a page on feedback says it called out)
        called = _called_out(ctx, sentence) if fed_back_page and _has_any(text, sentence, CALLED_OUT_VERBS) else []
        if ("反馈" in s_text or "安排" in s_text) and (lead := SCHEDULE_LEAD.search(text, sentence.start, sentence.end)) \
                or "向" in s_text and (lead := _under_schedule(ctx, sentence)):
            # 反馈会议分别召开:11月20日上午向A,下午向B;⏎21日上午向C…: the schedule's days, a unit each; 具体安排为:…, what is
            # to be done (none)
            start = lead.end() if lead.end() > sentence.start else sentence.start
            if PLANNED_SCHEDULE.search(lead.group()) and DAY_TO.search(text, start, sentence.end):
                continue
            if scheduled := _days_to(ctx, sentence, start, sentence.end):
                out += _stated(ctx, sentence, scheduled)
                continue
        if row := _schedule_row(ctx, sentence):
            out += _stated(ctx, sentence, [row])  # 9月15日上午 县商务局党组(党组书记 某某), under 反馈安排如下:
            continue
        if "反馈" in s_text and (inline := _inline_schedule(ctx, sentence)):
            out += _stated(ctx, sentence, inline)  # 各单位反馈日期如下：A，10月9日；B，10月10日
        if "日" in s_text and (told := _unit_day_line(ctx, sentence)):
            out += _stated(ctx, sentence, [told])  # 东坪村党支部（9月9日上午）：A；B。, under 巡察组逐村点评：
            continue
        if "日" in s_text and (days := _schedule_team_line(ctx, sentence) or _unit_team_line(ctx, sentence)):
            out += _stated(ctx, sentence, days)  # 县委第一巡察组:A(5月10日)、B(5月11日), under 反馈安排如下:
            continue
        if "反馈" in s_text and CARD_FEEDBACK.match(text, sentence.start, sentence.end) and (carded := _card_near(ctx, sentence)):
            out += _stated(ctx, sentence, carded)  # 📅 反馈时间:2024年6月12日 on a card of a team and its units
            continue
        if sentence.end == len(text) and "反馈" not in s_text and (cut := FEEDBACK_TO_CUT.search(text, sentence.start)) \
                and (own := ctx.last_within(ctx.teams, sentence.start, cut.start())) and own.attrs["ordinal"] \
                and _after_feedback_clause(ctx, sentence):
            # …;市委第六巡察组向A、B(the page's end): the last clause of a list of feedbacks, its verb cut off (its own
            # team named, as the clauses before it name theirs: not 巡察组还向县纪委监委移交…)
            end = _before_unit_cut(text, *cut.span("targets"))
            out += _stated(ctx, sentence, _feedback_to(ctx, sentence, cut, split_targets(ctx, cut.start("targets"), end,
                                                                                         for_feedback=True)))
            continue
        told = ("指出" in s_text or "提出" in s_text) and ("巡视" in s_text or "巡察" in s_text) and \
            TOLD_BY_TEAM.search(s_text) is not None
        pointed = [(team, m) for team in (ctx.within(ctx.teams, sentence.start, sentence.end) if "指出" in s_text and fed_back_page
                                          and not _feedback_told_in_paragraph(ctx, sentence) else ())
                   if _specific(team) and (m := TEAM_POINTS_AT.match(text, team.end, sentence.end))]  # (not 巡视组指出)
        tells = fed_back_page and ("指出" in s_text or "反馈" in s_text)  # (a unit told its findings, as topic or heading)
        topic = _topic_told(ctx, sentence) if tells else None
        answering = _unit_answering_team(ctx, sentence) if tells else None
        if "反馈" not in s_text and not TOLD_FINDINGS.search(s_text) and not told and not pointed and not called and not topic \
                and not answering:
            if _has_any(text, sentence, RECEIVING_VERBS) and ("巡视" in s_text or "巡察" in s_text):
                out += _stated(ctx, sentence, _received(ctx, sentence))  # Y接到X巡视组巡视通报后
            continue
        digest = _digests_feedback(ctx, sentence)
        if not ("巡视" in s_text or "巡察" in s_text or called or digest or topic or answering) \
                and not _under_feedback_lead(ctx, sentence) \
                and not FEEDBACK_COUNTED.search(text, sentence.start, sentence.end) \
                and _heading_team(ctx, sentence) is None \
                and ctx.first_within(ctx.teams, sentence.start, sentence.end) is None \
                and not (OPENS_WITH_DETAIL.match(text, sentence.start) and "向" in s_text
                         and ctx.last_within(ctx.teams, ctx.paragraph_start(sentence.start), sentence.start)) \
                and not (FEEDBACK_MEETING_HELD_AT.search(text, sentence.start, sentence.end)
                         and ctx.last_within(ctx.teams, max(0, sentence.start - MEETING_TEAM_REACH), sentence.start)):
            # (▌市委第一巡察组⏎向A反馈。: the team's line names it; 第四组向A反馈: a team by its ordinal alone names it;
            # T负责对A和B开展巡视。其中，12月4日向A反馈，…: the detail of the sentence before, whose team is its subject; so
            # is …T分别向A、B反馈…。12日上午，反馈会首先在A召开)
            # 对A和B,由X带队进行视频反馈 after a sentence on the round: the paragraph names the inspection.
            para = ctx.paragraph_start(sentence.start)
            if para not in inspecting:
                para_text = text[para:ctx.paragraph_end(sentence.start)]
                inspecting[para] = "巡视" in para_text or "巡察" in para_text
            if "接受" in s_text and (one := _only_team(ctx)) is not None and (accepted := [
                    FeedbackEvent(m.end(), targets, one, given=True)
                    for m in FEEDBACK_ACCEPTED.finditer(text, sentence.start, sentence.end)
                    if (host := _host(ctx, *m.span("targets"), accepting=True))
                    and (targets := split_targets(ctx, *host, for_feedback=True))]):
                out += _stated(ctx, sentence, accepted)  # 县民政局党组于8月28日接受反馈。 on the page of one team's round
            elif inspecting[para]:  # (…【第十轮巡察】…。9月27日集中反馈。: the paragraph's round, fed back that day)
                out += _stated(ctx, sentence, _led(ctx, sentence) or _feedback_done(ctx, sentence, sentence.end, of_round=True))
            continue
        events: list[FeedbackEvent] = []
        for m in FEEDBACK_TO.finditer(text, sentence.start, sentence.end):
            if m.group().endswith("通报") and ctx.first_within(ctx.people, *m.span("targets")):
                continue  # 向市委常委、政法委书记某某通报巡视情况: a leader briefed, no unit fed back to
            if _opens_name(ctx, m.start()):
                continue  # 巡察组组长向启明先与…反馈: 向 opens a name (向启明), no 向 of a feedback
            if COUNTED_UNITS.match(m.group("targets")) and (at := TEAM_MEETS_AT.search(text, sentence.start, m.start())) \
                    and ORG_END.search(at.group("targets")):
                continue  # T1和T2分别在A、B召开反馈会，向两镇党委反馈: the hosts named before, counted again (TEAM_MEETS_AT)
            if DAY_TO.search(text, m.start("targets"), m.end("targets")) or _days_run_to(ctx, sentence, m):
                events += _days_to(ctx, sentence, sentence.start, m.end("targets"))
                continue  # 12日向A、13日向B反馈: one day a unit
            if ANAPHORIC_TARGET.fullmatch(text, *m.span("targets")):
                # 向该局领导班子反馈: the unit of that kind its paragraph named before (…对江北师范学院党委开展了专项巡视。
                # 11月25日，省委巡视组向我院党委反馈: on a page of two universities' reports, that one), else the unit inspected before
                kind = ANAPHOR_KIND.match(text, *m.span("targets"))
                said = _unit_of_kind_before(ctx, kind.group("kind") or kind.group("level"), m.start("targets")) if kind else None
                events += _feedback_to(ctx, sentence, m, [said] if said else [])
                continue
            if bracketed := [st for t in ctx.within(ctx.teams, *m.span("targets"))
                             if (st := _unit_before_bracket(ctx, sentence, t)) is not None]:
                # 分别向A(市委第一巡察组)、B(市委第二巡察组)反馈: each unit by the team in the bracket after it
                events += [FeedbackEvent(m.start(), units, st.team) for st in bracketed
                           if (units := split_targets(ctx, st.targets_start, st.targets_end, for_feedback=True))]
                continue
            if THOSE_UNITS.fullmatch(text, *m.span("targets")) and (listed := _units_listed_after(ctx, sentence, m.end())):
                events += _feedback_to(ctx, sentence, m, listed)  # 向这些单位反馈巡视意见，这20个单位分别为：A、B
                continue
            targets = _counted(text[m.start("targets"):m.end("targets")]) or split_targets(
                ctx, m.start("targets"), m.end("targets"), for_feedback=True)
            if len(targets) == 1 and KIND_REFERENCE.fullmatch(targets[0]) and (subject := _report_subject(ctx, sentence)) \
                    and (reporting := split_targets(ctx, *subject, for_feedback=True)):
                # A集团有限公司党组（A集团）的通报显示，T向集团党组反馈了巡视意见: the group whose report the sentence retells
                events += _feedback_to(ctx, sentence, m, reporting)
                continue
            if len(targets) == 1 and KIND_REFERENCE.fullmatch(targets[0]) and any(
                    p.search(text, ctx.paragraph_start(sentence.start), m.start()) for p in (FEEDBACK_TO, INSPECT)):
                events += _feedback_to(ctx, sentence, m, [])  # 组长向集团公司党组书记、董事长X反馈: the company named before
                continue
            if targets and (LISTED_AFTER.match(targets[0]) or len(targets) == 1 and INSPECTED_UNITS.match(targets[0])):
                targets = _units_after_colon(ctx, sentence, m.end()) or targets  # 向以下单位反馈了巡察情况:A、B
            elif (counted := COUNTED_TAIL.search(text, m.start("targets"), m.end("targets"))) and len(targets) < (
                    numeral_value(counted.group("n")) or 0):
                targets = _units_named_next(ctx, sentence, numeral_value(counted.group("n"))) or targets
            elif len(targets) == 1 and (count := UNITS_COUNTED.search(targets[0])):
                # 向红星街道所辖6个村(社区)党组织反馈…。此次被巡察的党组织分别是:A、B…: the six the next sentence names;
                # 对A、B…等9个单位党组织开展了巡察。8月,区委各巡察组分别向9个被巡察党组织反馈: the nine the one before names
                n = numeral_value(count.group("n"))
                named = _units_named_next(ctx, sentence, n) or _units_included(ctx, sentence, m.end())
                before = [] if named else _units_inspected_before(ctx, sentence, n)
                targets = named or before or targets
                if before:  # (the round's units, inspected by no team named: 各巡察组 names none of theirs either)
                    events += [e._replace(team=None) if e.team is not None and e.team.attrs["group"] else e
                               for e in _feedback_to(ctx, sentence, m, targets)]
                    continue
            if targets:
                events += _feedback_to(ctx, sentence, m, targets)
                events += [FeedbackEvent(team.start, its, team) for team, start, end in _pairs_before(ctx, sentence, m.start())
                           if (its := split_targets(ctx, start, end, for_feedback=True))]
        accepting = [(m, _accepted_on_days(ctx, m)) for m in FEEDBACK_ACCEPTED.finditer(text, sentence.start, sentence.end)] \
            if "接受" in s_text else []
        # (A（4月8日）接受T1反馈；B接受T2反馈: the days in brackets are the other units', not B's)
        days_bracketed = any(dated for _, dated in accepting)
        for m, dated in accepting:
            # 8月9日下午,市第三人民医院党委接受市委第一巡察组巡察反馈: the unit that received it, the team between
            if dated or (dated := _accepted_on_series(ctx, sentence, m)):
                events += dated  # A（4月8日）、B（4月9日）接受T反馈 / A、B分别于6月12日、13日接受T反馈: each unit on its day
                continue
            if (host := _host(ctx, *m.span("targets"), accepting=True)) and \
                    (targets := split_targets(ctx, *host, for_feedback=True)):
                teams = ctx.within(ctx.teams, m.end("targets"), m.end())
                accepted = text.find("接受", m.end("targets"))  # (dated by 昨日 between the unit and 接受)
                if len(teams) > 1 and len(teams) == len(targets) and "分别" in text[host[1]:accepted]:
                    # A、B和C分别接受省委第四、五、六巡视组反馈: each unit its team, in order
                    events += [FeedbackEvent(accepted, [unit], by, given=True) for unit, by in zip(targets, teams)]
                    continue
                team = teams[0] if teams else ctx.last_within(ctx.teams, m.start("targets"), host[0]) or \
                    _team_before(ctx, sentence, m.start())  # (T巡视的A接受反馈: the team before the units)
                events.append(FeedbackEvent(accepted, targets, team, given=True,
                                            dated=not days_bracketed or bool(ctx.dates_in(m.start(), m.end()))))
        if topic:  # (X方面，省委第四巡视组6月16日反馈时指出，A；B / 对于X，巡视组指出，… / X被反馈存在A、B等问题)
            events.append(topic)
        for team, m in pointed:  # 中央第一巡视组指出，中国石油党组A: the unit told its findings
            if targets := split_targets(ctx, *m.span("targets"), for_feedback=True):
                events.append(FeedbackEvent(m.start(), targets, team, given=True))
        for m in FEEDBACK_TO_IT.finditer(text, sentence.start, sentence.end) if "向其" in s_text else ():
            events.append(FeedbackEvent(m.start(), [], _team_before(ctx, sentence, m.start())))  # (向其反馈: as 向该局)
        for m in TOLD_BY_TEAM.finditer(text, sentence.start, sentence.end) if told else ():
            # 中央第八巡视组则向贵州省委指出，…: the team tells the unit its findings, a feedback given
            team = ctx.last_within(ctx.teams, sentence.start, m.start())
            if team is not None and TOLD_BY_TEAM_BETWEEN.fullmatch(text, team.end, m.start()) and (
                    targets := split_targets(ctx, *m.span("targets"), for_feedback=True)):
                events.append(FeedbackEvent(m.start(), targets, team, given=True))
        for team in ctx.within(ctx.teams, sentence.start, sentence.end) if "反馈" in s_text else ():
            if (units := TEAM_FED_BACK_UNITS.match(text, team.end, sentence.end)) and (
                    targets := split_targets(ctx, *units.span("targets"), for_feedback=True)) and \
                    all(ORG_END.search(t) for t in targets):
                # 市委第一巡察组反馈了A、B、C 3个单位；第二巡察组反馈了D、E: the units each team fed back to
                events.append(FeedbackEvent(units.start(), targets, team, given=True))
            at = _past_time(ctx, team.end, sentence.end)
            of = FEEDBACK_OF.match(text, done := COMPLETED.match(text, at, sentence.end).end(), sentence.end)
            if of and (targets := split_targets(ctx, *of.span("targets"), for_feedback=True)) and (
                    done == at or not all(COUNTED_LIST.search(t) or UNDER_WORDS.search(t) for t in targets)):
                # (T已完成对A、B的巡察反馈; not 各巡察组完成对12个被巡察党组织的巡察反馈 / 对城北区三个街道及所属社区的: counts and
                # kinds the lines after detail)
                events.append(FeedbackEvent(of.start(), targets, team, given=True))
            if _specific(team) and (told := TEAM_FED_BACK_REPORTED.match(text, team.end, sentence.end)) and \
                    (subject := _report_subject(ctx, sentence)) and \
                    (targets := split_targets(ctx, *subject, for_feedback=True)):
                # A的通报显示，T于8月27日反馈，指出… / A的通报…。据通报，T于8月22日反馈: to the unit whose report it retells
                events.append(FeedbackEvent(told.end(), targets, team, given=True))
            for handed in _units_handed(ctx, sentence, team, fed_back=True) if "由" in s_text else ():
                # A、B由中央第一巡视组反馈；C由中央第二巡视组反馈: each clause's units, fed back by its team
                if targets := split_targets(ctx, handed.targets_start, handed.targets_end, for_feedback=True):
                    events.append(FeedbackEvent(handed.team.start, targets, handed.team, given=True))
        for m in [*(FEEDBACK_EXTENDED.finditer(text, sentence.start, sentence.end) if "延伸" in s_text else ()),
                  *(FEEDBACK_ON_UNITS.finditer(text, sentence.start, sentence.end) if "情况" in s_text else ())]:
            # (…向甲市委反馈。巡视组同时反馈了对A、B的延伸巡视情况 / 并对C等村党组织巡察情况一并进行反馈: a bare 巡视组 is the
            # team named before)
            if (targets := split_targets(ctx, *m.span("targets"), for_feedback=True)) and \
                    (team := _named_team_before(ctx, sentence, m.start())) is not None:
                events.append(FeedbackEvent(m.start(), targets, team, given=True))
        for m in EXTENDED_FED_BACK.finditer(text, sentence.start, sentence.end) if "延伸" in s_text else ():
            # 巡视组一并反馈了延伸巡视发现的问题: to the units the inspection extended to, named before (并对A、B开展了延伸巡视)
            if (units := _extended_before(ctx, m.start())) and (team := _named_team_before(ctx, sentence, m.start())):
                events.append(FeedbackEvent(m.start(), units, team, given=True))
        for m in (FEEDBACK_OBJECT.finditer(text, sentence.start, sentence.end)
                  if _has_any(text, sentence, FEEDBACK_OBJECT_WORDS) else ()):
            team = ctx.last_within(ctx.teams, sentence.start, m.start())
            if team is None or team.end != m.start():
                continue
            dated = list(UNIT_DAY_BRACKETED.finditer(text, *m.span("targets")))
            if dated and not text[dated[-1].end():m.end("targets")].strip(UNIT_GROUP_SEPARATORS):
                events += _on_their_days(ctx, dated, team) or []  # (A（10月18日）、B（10月19日）: each unit on its own day)
            elif targets := split_targets(ctx, *m.span("targets"), for_feedback=True):
                events.append(FeedbackEvent(m.start(), targets, team, given=True))
        for m in FEEDBACK_TO_PARTS.finditer(text, sentence.start, sentence.end):
            if _opens_name(ctx, m.start()):
                continue
            targets = _target_parts(ctx, m.start("targets"), m.end("targets"))
            if targets:
                events += _feedback_to(ctx, sentence, m, targets)
        for m in INSPECT.finditer(text, sentence.start, sentence.end) if "并" in s_text else ():
            # (省委巡视组还同步对A、B开展巡视并反馈了巡视情况: the units inspected, fed back to as well)
            if FED_BACK_TOO.match(text, m.end()) and (targets := split_targets(ctx, *m.span("targets"), for_feedback=True)):
                events.append(FeedbackEvent(m.start(), targets, _team_before(ctx, sentence, m.start()), given=True,
                                            dated=bool(ctx.dates_in(sentence.start, m.start()))))  # (its own date only)
        for m in FEEDBACK_ON.finditer(text, sentence.start, sentence.end):
            group = next(g for g in FEEDBACK_ON_GROUPS if m.group(g))
            if group in FEEDBACK_ON_GROUPS[2:] and not ORG_END.search(m.group(group)):
                continue
            targets = split_targets(ctx, m.start(group), m.end(group), for_feedback=True)
            if targets:
                events.append(FeedbackEvent(m.start(), targets, _team_before(ctx, sentence, m.start())))
        for out_of in called:
            if targets := [t for t in split_targets(ctx, out_of.targets_start, out_of.targets_end, for_feedback=True)
                           if not COLLECTIVE.match(t)]:  # (三家能源央企被指存在共性问题: a count, no unit)
                events.append(FeedbackEvent(out_of.pos, targets, None, given=True, dated=False))
        for m in ROUND_FEEDBACK_NAMED.finditer(text, sentence.start, sentence.end):
            group = "targets" if m.group("targets") else "digested"
            if "反馈" in m.group() and (targets := _counted(text[m.start(group):m.end(group)]) or split_targets(
                    ctx, m.start(group), m.end(group), for_feedback=True)):
                events.append(FeedbackEvent(m.start(), targets, None, given=True, dated=False))
        events += _led(ctx, sentence)
        for m in UNIT_FEEDBACK_COUNTED.finditer(text, sentence.start, sentence.end):
            targets = split_targets(ctx, m.start("targets"), m.end("targets"), for_feedback=True)
            if targets:
                events.append(FeedbackEvent(m.start(), targets, _team_before(ctx, sentence, m.start()), given=True,
                                            after=m.end("colon")))
        for m in chain(_outside_teams(ctx, FEEDBACK_MEETING, sentence), FEEDBACK_MEETING_ON.finditer(text, sentence.start, sentence.end)):
            if ORG_END.search(m.group("targets")):
                targets = split_targets(ctx, m.start("targets"), m.end("targets"), False)
                events.append(FeedbackEvent(m.start(), targets, _team_before(ctx, sentence, m.start() + 1), after=m.end()))
        for m in HOSTS_TEAM_MEETING.finditer(text, sentence.start, sentence.end) if "反馈" in s_text else ():
            if m.group("kind").startswith("反馈") and (by := _team_at(ctx, m.end(), sentence.end)) is not None \
                    and (targets := split_targets(ctx, *m.span("targets"), for_feedback=True)):
                events.append(FeedbackEvent(m.start(), targets, by, given=True))
        if (headed := _unit_then_team(ctx, sentence)) and headed[2].group("fed") and \
                (targets := split_targets(ctx, *headed[0].span("targets"), for_feedback=True)):
            events.append(FeedbackEvent(headed[0].start("targets"), targets, headed[1], given=True))
        elif answering and (targets := split_targets(ctx, *answering[:2], for_feedback=True)):
            # (长春市委：对照省委第一巡视组反馈的…问题 / 【温州市】⏎省委第一巡视组于10月13日反馈指出: the team fed back to the unit, on
            # the day its clause gives, if any)
            events.append(FeedbackEvent(answering[3], targets, answering[2], given=True,
                                        dated=bool(ctx.dates_in(sentence.start, answering[3]))))
        for m in FEEDBACK_RECTIFIED.finditer(text, sentence.start, sentence.end) if "整改" in s_text else ():
            team = _team_before(ctx, sentence, m.start() + 1)
            if team is not None and team.end == m.start() and ORG_END.search(m.group("targets")) and \
                    (targets := split_targets(ctx, *m.span("targets"), for_feedback=True)):
                # (4月9日，县召开…推进会，通报T巡察A反馈意见整改进展情况: the day the rectification was reviewed, not the feedback's)
                events.append(FeedbackEvent(m.start(), targets, team, given=True, dated=False))
        for m in (FEEDBACK_HOSTED.finditer(text, sentence.start, sentence.end)
                  if _has_any(text, sentence, MEETING_VERBS) else ()):
            hosted = _hosted(ctx, sentence, m)
            if len(hosted) > 1:  # (A、B分别召开反馈会，T1、T2分别向上述党委反馈: 上述党委 the hosts, each fed back by its team)
                events = [e for e in events if not all(INSPECTED_UNITS.match(t) or BACK_REFERENCE.fullmatch(t)
                                                       for t in e.targets or ["-"])]
            events += hosted
        for m in TEAM_MEETS_AT.finditer(text, sentence.start, sentence.end) if "反馈会" in s_text else ():
            # 当天下午,巡察组在石门乡召开反馈会: the team holds the meeting at the unit it feeds back to (not a venue where
            # it feeds back to units named after 向)
            # (T1和T2分别在A、B召开反馈会，向两家企业党委反馈: the units again by their count, each team's host its own)
            team = ctx.last_within(ctx.teams, sentence.start, m.start())
            if team and TEAM_AT.fullmatch(text, team.end, m.end("at")) and ORG_END.search(m.group("targets")) \
                    and ((to := FEEDBACK_TO.search(text, m.end(), sentence.end)) is None
                         or COUNTED_UNITS.match(to.group("targets"))) and \
                    (targets := split_targets(ctx, *m.span("targets"), for_feedback=True)):
                events += [FeedbackEvent(m.start(), its, by, given=True)
                           for by, its in _paired(ctx, sentence, m.start(), m.start("targets"), team, targets)]
        for m in FEEDBACK_MEETING_WITH.finditer(text, sentence.start, sentence.end) if "反馈会" in s_text else ():
            team = _team_before(ctx, sentence, m.start())
            if team is not None and ORG_END.search(m.group("targets")) and \
                    (targets := split_targets(ctx, *m.span("targets"), for_feedback=True)):
                events.append(FeedbackEvent(m.start(), targets, team, given=True))
        for m in FEEDBACK_MEETING_HELD_AT.finditer(text, sentence.start, sentence.end):
            if ORG_END.search(m.group("targets")) and not VENUE.search(m.group("targets")) and \
                    (targets := split_targets(ctx, *m.span("targets"), for_feedback=True)):
                events.append(FeedbackEvent(m.start(), targets, _team_before(ctx, sentence, m.start() + 1), given=True))
        for m in FEEDBACK_MEETING_AT.finditer(text, sentence.start, sentence.end) if "在" in s_text else ():
            if ORG_END.search(m.group("targets")) and not ctx.first_within(ctx.teams, *m.span("targets")) and \
                    (targets := split_targets(ctx, m.start("targets"), m.end("targets"), for_feedback=True)):
                # (在A学院巡察反馈会上向学院党委领导班子反馈: the 学院党委 is A学院's, said again by its kind)
                events = [e for e in events if not all(KIND_AND_BODY.match(t) for t in e.targets)]
                events.append(FeedbackEvent(m.start(), targets, ctx.first_within(ctx.teams, sentence.start, sentence.end),
                                            given=True))
        if not events:
            events += _received(ctx, sentence)
        for m in FEEDBACK_OPINION.finditer(text, sentence.start, sentence.end):
            targets = split_targets(ctx, m.start("targets"), m.end("targets"), for_feedback=True)
            team = _team_before(ctx, sentence, m.start())
            if targets and (m.group("what") == "意见" or team is not None and team.end == m.start()):
                events.append(FeedbackEvent(m.start(), targets, team, given=True))
        # 7月上旬,巡视反馈工作全部完成(,其中第二巡视组于7月6日向乙市委反馈): the round's feedback, before the one 其中 details
        detail = THOSE_AFTER.search(text, sentence.start, sentence.end)
        if not events or (detail and all(e.pos > detail.start() for e in events)):
            events += _feedback_done(ctx, sentence, detail.start() if detail and events else sentence.end)
        if m := FEEDBACK_COUNTED.search(text, sentence.start, sentence.end):
            # (两轮巡察共向被巡察党组织反馈问题263个: the count says the feedback to those units was given)
            # (市委第四巡察组反馈问题19个: the count's 巡察组 may end the team's own name)
            # (对A开展了巡察，共反馈问题22个: the sentence's date is the inspection's, not the feedback's)
            after_inspection = text[m.start():m.end()].lstrip("巡视察组").startswith((",", "，"))
            events = [e._replace(given=True) if m.start() <= e.pos < m.end() else e for e in events] or [
                FeedbackEvent(m.start(), [], _team_before(ctx, sentence, m.start() + TEAM_WORD), given=True,
                              dated=not after_inspection)]
        out += _stated(ctx, sentence, events)
    return out + _table_feedback(ctx) + _section_feedback(ctx) + _batch_feedback(ctx) + _dated_team_lines(ctx) \
        + _day_line_pairs(ctx) + _day_line_units(ctx) + _team_day_lines(ctx) + _bracketed_feedback(ctx) \
        + _labelled_unit_cards(ctx) + _unit_lines_fed_back(ctx)


def _counted_before(ctx: Ctx, sentence: Sentence, counted: re.Pattern[str] = COUNTED_INSPECTION) -> bool:
    """Whether the sentence before this one states an inspection of units it only counts (COUNTED_INSPECTION), or
    counts them as ``counted`` reads a count (COUNTED_CLAUSE: the units a round inspected or fed back to)."""
    i = ctx.sentence_index(sentence)
    before = ctx.doc.sentences[i - 1] if i else None
    return before is not None and counted.search(ctx.doc.text, before.start, before.end) is not None


def _feedback_told_in_paragraph(ctx: Ctx, sentence: Sentence) -> bool:
    """Whether the sentence's paragraph tells a feedback by its 向X反馈 (whose unit a team's 指出，X党组… that follows it
    refers to again, perhaps by a short name: 集团党组)."""
    return FEEDBACK_TO.search(ctx.doc.text, ctx.paragraph_start(sentence.start), ctx.paragraph_end(sentence.start)) is not None


def _after_feedback_clause(ctx: Ctx, sentence: Sentence) -> bool:
    """Whether the clause before the sentence closes with ；(on its line, or the line before) and tells a feedback
    (X组向A反馈；): the sentence goes on a list of feedbacks."""
    before = ctx.doc.text[:sentence.start].rstrip()
    previous = ctx.doc.sentence_at(len(before) - 1) if before.endswith(("；", ";")) else None
    return previous is not None and FEEDBACK_TO.search(ctx.doc.text, previous.start, previous.end) is not None


def _last_of_several_teams(ctx: Ctx, sentence: Sentence, team: Mention, pos: int) -> bool:
    """Whether ``team``, before ``pos``, is only the last of several teams the sentence names there, a clause apart from
    what is said at ``pos`` (A组对X、B组对Y开展了巡察，11月下旬完成反馈): the statement is all the teams', not its."""
    return len({t.text for t in ctx.within(ctx.teams, sentence.start, pos)}) > 1 \
        and CLAUSE_BREAK.search(ctx.doc.text, team.end, pos) is not None


def _feedback_done(ctx: Ctx, sentence: Sentence, end: int, of_round: bool = False) -> list[FeedbackEvent]:
    """7月上旬,巡视反馈工作全部完成 / 各巡察组分别反馈巡察意见 / 9月27日集中反馈 / 第九轮巡察反馈会议陆续召开 (where the page says
    no 向X反馈 of its own), dated or said done before ``end``: the
    feedback of the round the sentence names, else of the round its paragraph names before it, else (unless
    ``of_round``: a sentence that names no inspection says so only of a round) of every team."""
    text = ctx.doc.text
    m = FEEDBACK_DONE.search(text, sentence.start, end)
    if m is None or not (last_date_before(ctx, sentence, m.start()) or SAID_DONE.search(text, sentence.start, sentence.end)):
        return []
    if m.group("held") and FEEDBACK_TO.search(text):
        return []  # (第八轮巡察集中反馈会陆续召开。…第一巡察组向A反馈: the page's own statements tell whom each team fed back)
    named = [r for r in ROUNDS_NAMED.finditer(text, sentence.start, m.start()) if not CLAUSE_JOIN.search(text, r.end(), m.start())]
    named = named or list(ROUND_LABEL.finditer(text, ctx.paragraph_start(sentence.start), sentence.start))[-1:]
    if of_round and not named:
        return []
    team = _team_before(ctx, sentence, m.start())
    if team is not None and _last_of_several_teams(ctx, sentence, team, m.start()):
        team = None  # (A组对X、B组对Y开展了巡察，11月下旬完成反馈: the teams', not the last one's)
    return [FeedbackEvent(m.start(), [], team, round=named[-1].group() if named else None)]


# 省委第一巡视组（7月1日）：A、B: a team's line with its day in brackets before its units (after a colon or spaces:
# 省委第三巡视组（12月5日）　A　B), or over its units' line (集团党委第一巡察组（10月24日）⏎A　B: DATED_TEAM_HEAD).
DATED_TEAM_LINE = re.compile(r"[ \t\u3000]*[(（](?P<date>[^()（）\n]{2,16}?)[)）]"
                             r"(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)"
                             r"(?P<units>[^\n]{2,400}?)[。;；]?[ \t\u3000]*$", re.M)
DATED_TEAM_HEAD = re.compile(r"[ \t\u3000]*[(（](?P<date>[^()（）\n]{2,16}?)[)）][ \t\u3000]*[:：]?[ \t\u3000]*$", re.M)
# … or 1. 校党委第一巡察组　文学院党委　2024/05/15: the team, its units and the day, cells parted by spaces.
TEAM_UNITS_DAY_LINE = re.compile(r"[ \t\u3000|｜]+(?P<units>[^\s|｜:：。;；]{2,80})[ \t\u3000|｜]+"
                                 r"(?P<date>[^\s|｜]{3,16}?)[ \t\u3000|｜]*$", re.M)


def _team_opens_line(ctx: Ctx, line: str, start: int) -> bool:
    """Whether a team opens the line ``line`` that starts at ``start`` (after its number or bullet)."""
    return any(t.start == _line_start(ctx.doc.text, start) for t in ctx.within(ctx.teams, start, start + len(line)))


def _bracketed_feedback(ctx: Ctx) -> list[tuple[Feedback, Sentence]]:
    """1．甲市委关于巡视整改情况的通报（省委第一巡视组，2018年1月8日反馈） / 陈埭镇党委（4月15日，市委第一巡察组反馈） /
    北京大学（中央第十四巡视组，6月13日）： under a lead that tells the round's feedback: the team's feedback to the unit
    before the bracket (_unit_before_bracket), on the day the bracket gives."""
    text = ctx.doc.text
    out: list[tuple[Feedback, Sentence]] = []
    for team in ctx.named_teams:
        if (day := _bracket_feedback_day(ctx, team)) is None or (sentence := ctx.doc.sentence_at(team.start)) is None \
                or (unit := _unit_before_bracket(ctx, sentence, team)) is None:  # (which checks the team's brackets)
            continue
        dated = [d for d in ctx.dates_in(*day) if d[1] and not d[2]]
        units = split_targets(ctx, unit.targets_start, unit.targets_end, for_feedback=True)
        if units and dated:
            out.append((Feedback(key="", team=team_name(team), targets=units, date=dated[0][1],
                                 evidence=[ctx.doc.evidence(unit.targets_start, max(day[1], team.end))]), sentence))
    return out


# 万州区委（2019年4月18日反馈）　整改进展情况 / 锦江区委（反馈时间：2021年8月10日）: a line of a round's list naming a unit
# and the day it was fed back.
UNIT_FED_BACK_LINE = re.compile(r"[ \t\u3000]*(?:\d{1,3}[.．、][ \t\u3000]*)?(?P<unit>[^\s()（）,，。;；:：、]{2,40}?)[ \t\u3000]*"
                                rf"[(（](?:(?P<date>{WRITTEN_DAY})反馈"
                                rf"|反馈(?:时间|日期)[:：]?[ \t\u3000]*(?P<day>{WRITTEN_DAY}))[)）]")  # (A（反馈时间：8月10日）)


def _unit_lines_fed_back(ctx: Ctx) -> list[tuple[Feedback, Sentence]]:
    """市委第一巡视组⏎万州区委（2019年4月18日反馈）⏎开州区委（2019年4月19日反馈）: under a team alone on its line, each unit's
    line gives the day the team fed back to it (the lines between them units' lines too); or the team opens the unit's line,
    a colon after it (省委第一巡视组：中共柳州市委（2024年1月9日反馈）)."""
    text, paragraphs = ctx.doc.text, ctx.doc.paragraphs
    out: list[tuple[Feedback, Sentence]] = []
    for i, para in enumerate(paragraphs):
        if "反馈" not in text[para.start:para.end] or (sentence := ctx.doc.sentence_at(para.start)) is None:
            continue
        # (自治区党委第一巡视组：中共柳州市委（2024年1月9日反馈）: the team opening the line, before its colon)
        opening = _opening_team(ctx, para)
        colon = TEAM_LINE_COLON.match(text, opening.end, para.end) if opening is not None else None
        if colon is not None:
            line, team = UNIT_FED_BACK_LINE.fullmatch(text, colon.end(), para.end), opening
        elif (line := UNIT_FED_BACK_LINE.match(text, para.start, para.end)) and _unit_line(ctx, para):
            k = i - 1
            while k >= 0 and _unit_line(ctx, paragraphs[k]):
                k -= 1
            team = _opening_team(ctx, paragraphs[k]) if k >= 0 and _alone_team(ctx, paragraphs[k]) else None
        if line is None:
            continue
        dated = [d for d in ctx.dates_in(*line.span("date" if line.group("date") else "day")) if d[1] and not d[2]]
        units = split_targets(ctx, *line.span("unit"), for_feedback=True)
        if team is not None and dated and units:
            out.append((Feedback(key="", team=team_name(team), targets=units, date=dated[0][1],
                                 evidence=[ctx.doc.evidence(para.start, para.end)]), sentence))
    return out


def _bracket_feedback_day(ctx: Ctx, team: Mention) -> tuple[int, int] | None:
    """The span of the feedback day in the bracket a team stands in: said with 反馈 after it or after the team, or
    bare (（T，6月13日）) in a list whose lead paragraph tells a feedback and no entry."""
    text = ctx.doc.text
    if said := BRACKET_FED_BACK.match(text, team.end):
        return said.span("date")
    opening = _dated_bracket(text, team)
    if opening and (close := TEAM_BRACKET_CLOSE.match(text, team.end)) and close.group("verb") == "反馈":
        return opening.span("date")
    if (bare := BRACKET_DAY.match(text, team.end)) and (lead := _list_lead(ctx, team.start)) is not None \
            and "反馈" in (told := text[lead:ctx.paragraph_end(lead)]) and "进驻" not in told:
        return bare.span("date")
    return None


def _labelled_unit_cards(ctx: Ctx) -> list[tuple[Feedback, Sentence]]:
    """【上海】⏎巡视组：中央第三巡视组　反馈时间：10月9日⏎反馈指出：…: a digest's card of a unit, its name in brackets on the line
    above the team's and the day's fields: that team's feedback to the unit on that day."""
    text = ctx.doc.text
    out: list[tuple[Feedback, Sentence]] = []
    for team in ctx.named_teams:
        line = text.rfind("\n", 0, team.start) + 1
        if not TEAM_FIELD.fullmatch(text, line, team.start) or not (day := DAY_FIELD.match(text, team.end)):
            continue
        above = text.rfind("\n", 0, max(0, line - 1))  # (the line before the team's)
        label = UNIT_LABEL_LINE.fullmatch(text, above + 1, line - 1) if line > 0 else None
        dated = [d for d in ctx.dates_in(*day.span("date")) if d[1] and not d[2]]
        if label and dated and (sentence := ctx.doc.sentence_at(team.start)) is not None \
                and (units := split_targets(ctx, *label.span("unit"), for_feedback=True)):
            out.append((Feedback(key="", team=team_name(team), targets=units, date=dated[0][1],
                                 evidence=[ctx.doc.evidence(label.start("unit"), day.end())]), sentence))
    return out


# (巡视组：T　反馈时间：10月9日 under 【上海】: a card's fields)
TEAM_FIELD = re.compile(r"[ \t\u3000]*(?:巡视组|巡察组|巡视组别|巡察组别)[ \t\u3000]*[:：][ \t\u3000]*")
DAY_FIELD = re.compile(rf"[ \t\u3000]+反馈(?:时间|日期)[ \t\u3000]*[:：][ \t\u3000]*(?P<date>{WRITTEN_DAY})")
UNIT_LABEL_LINE = re.compile(r"[ \t\u3000]*【(?P<unit>[^】\n]{2,20})】[ \t\u3000]*")


# (T，2018年1月8日反馈）: the day a team fed back, in the bracket after a unit's report that names its team …
BRACKET_FED_BACK = re.compile(rf"[,，][ \t\u3000]*(?P<date>{WRITTEN_DAY})[ \t\u3000]*反馈[)）]")
# … or (T，6月13日）: a day alone, which the list's lead says is whose.
BRACKET_DAY = re.compile(rf"[,，][ \t\u3000]*(?P<date>{WRITTEN_DAY})[ \t\u3000]*[)）]")


def _dated_team_lines(ctx: Ctx) -> list[tuple[Feedback, Sentence]]:
    """各巡视组反馈安排如下：⏎省委第一巡视组（7月1日）：A、B⏎省委第二巡视组（7月2日）：C (or 1. 省委第一巡视组　A　2024/05/15):
    each line's units fed back by its team on the day in its brackets (or its last cell), under a lead that says the
    lines are feedbacks; a line without its day (省委第一巡视组：A、B), on the lead's day if it gives one."""
    text = ctx.doc.text
    out: list[tuple[Feedback, Sentence]] = []

    def goes_on(line: str, start: int) -> bool:  # (the lines between: other teams' lines, and lines of their units)
        return _team_opens_line(ctx, line, start) or _all_units(line.strip())

    for team in ctx.teams:
        if team.start != _line_start(text, team.start):
            continue
        end = ctx.paragraph_end(team.end)
        line = DATED_TEAM_LINE.match(text, team.end, end) or TEAM_UNITS_DAY_LINE.match(text, team.end, end)
        units_span = line.span("units") if line else None
        if line is None and (line := DATED_TEAM_HEAD.match(text, team.end, end)):
            units_span = _units_line_below(ctx, end) or _single_unit_line_below(ctx, end)
        dated = ctx.dates_in(*line.span("date")) if line and units_span else []
        if not dated and (listed := TEAM_UNITS_LINE.match(text, team.end, end)) and _all_units(listed.group("cell")) \
                and not re.search(r"\d", listed.group("cell")):
            # 各巡察组反馈情况如下：⏎区委第一巡察组：A、B；⏎区委第二巡察组：C: each line's units fed back by its team, on the
            # day the lead gives, if one (not 反馈安排如下：, a schedule, perhaps of what is to come: _schedule_team_line)
            lead = _colon_lead(ctx, team.start, goes_on)
            if _says_feedback(lead) and "安排" not in lead[1] and (units := split_targets(ctx, *listed.span("cell"), for_feedback=True)) \
                    and (sentence := ctx.doc.sentence_at(listed.start("cell"))) is not None:
                days = [d for d in ctx.dates_in(lead[0], lead[0] + len(lead[1])) if d[1] and not d[2]]
                out.append((Feedback(key="", team=team_name(team), targets=units, date=days[0][1] if len(days) == 1 else None,
                                     evidence=[ctx.doc.evidence(team.start, listed.end("cell"))]), sentence))
            continue
        # (…现将反馈情况公布如下：⏎反馈会议由…主持，…反馈巡视情况。⏎省委第一巡视组（8月14日）：A: a paragraph on the meetings
        # between the lead and its lines)
        lead = _colon_lead(ctx, team.start, lambda line, at: goes_on(line, at) or (
            "反馈" in line and "进驻" not in line and not _team_opens_line(ctx, line, at))) if dated else None
        if dated and lead is None and (before := _paragraph_above_lines(ctx, team.start, goes_on)) and "进驻" not in before[1]:
            lead = before  # (…各巡察组分别向被巡察党组织反馈巡察意见。⏎T（3月28日）：A: a lead with no colon, of feedback only)
        if (day := _first_day(dated)) is None or lead is None or "反馈" not in lead[1]:
            continue
        units = split_targets(ctx, *units_span, for_feedback=True)
        sentence = ctx.doc.sentence_at(units_span[0])
        if units and sentence is not None:
            out.append((Feedback(key="", team=team_name(team), targets=units, date=day,
                                 evidence=[ctx.doc.evidence(team.start, units_span[1])]), sentence))
    return out


def _single_unit_line_below(ctx: Ctx, pos: int) -> tuple[int, int] | None:
    """The span of the line after ``pos`` where it names one unit and nothing else (_unit_line)."""
    i = bisect.bisect_right(ctx._para_starts, pos)
    para = ctx.doc.paragraphs[i] if i < len(ctx.doc.paragraphs) else None
    if para is None or not _unit_line(ctx, para):
        return None
    line = ctx.doc.text[para.start:para.end]
    return para.start + len(line) - len(line.lstrip()), para.start + len(line.rstrip().rstrip(";；。"))


# 6月3日：省委第一巡视组—A；省委第二巡视组—B、C: after a line's day, a team and its units, one pair a clause (a dash, a
# colon or an arrow between them).
TEAM_PAIR_UNITS = re.compile(r"(?:[(（][^()（）\n]{1,40}[)）])?[ \t\u3000]*(?:[:：]|→|➜|->|—{1,2}|－{1,2}|–)[ \t\u3000]*"
                             r"(?P<units>[^|｜\t\n:：;；。—－]{2,400}?)[ \t\u3000]*(?=[;；。]|$)"
                             # (11月22日 | T | A | B / ①　9月11日　T　A　B: a row's cells, parted by bars or spaces)
                             r"|(?:[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]+)(?P<cells>[^\t\n:：;；。—－]{2,400}?)[ \t\u3000|｜]*$", re.M)


def _in_table_cell(ctx: Ctx, pos: int, columns: frozenset[str] | None = None) -> bool:
    """Whether ``pos`` is in a cell of a table's row (kg/extract/tables.py), or, where ``columns`` are given, in the row's
    cell under them (Row.cell)."""
    for row in ctx.table_rows:
        cells = row.cells.values() if columns is None else [cell[1]] if (cell := row.cell(columns)) else []
        if any(a <= pos < b for a, b in cells):
            return True
    return False


def _fed_back_day_line(ctx: Ctx, sentence: Sentence) -> bool:
    """Whether ``sentence`` is on a line opened by its day (DAY_LINE) in a list whose lead says the lines are feedbacks:
    the lead's colon opens them, or the paragraph right above them says feedback was given (…分别向6个被巡察党组织反馈了巡察
    情况。⏎📍10月16日｜T → A)."""
    text = ctx.doc.text
    line = _line_start(text, text.rfind("\n", 0, sentence.start) + 1)
    if DAY_LINE.match(text, line) is None:
        return False
    lead = _colon_lead(ctx, line, lambda said, _: bool(DAY_LINE.match(said)))
    if lead is None:
        above = _paragraph_above_lines(ctx, line, lambda said, _: bool(DAY_LINE.match(said)))
        lead = above if above and SAID_DONE.search(above[1]) else None
    return _says_feedback(lead)


def _paragraph_above_lines(ctx: Ctx, pos: int, goes_on: Callable[[str, int], bool]) -> tuple[int, str] | None:
    """Where the paragraph above the run of lines ``goes_on`` takes for the list's (given each line and where it starts)
    that the line at ``pos`` is one of starts, and its text; None where the lines run to the text's start."""
    text, para = ctx.doc.text, ctx.paragraph_start(pos)
    while para > 0:
        para = ctx.paragraph_start(para - 1)
        above = text[para:ctx.paragraph_end(para)]
        if not goes_on(above, para):
            return para, above
    return None


def _day_line_pairs(ctx: Ctx) -> list[tuple[Feedback, Sentence]]:
    """…反馈巡视情况。具体安排如下：⏎6月3日：省委第一巡视组—A；省委第二巡视组—B、C⏎6月4日：…: each pair of a day's line,
    the team's feedback to its units on that day, under a lead that says the lines are feedbacks; or a pair a line under
    the day alone on its line (【7月24日】⏎省委第一巡视组——A⏎省委第二巡视组——B⏎【7月25日】⏎…)."""
    text = ctx.doc.text
    out: list[tuple[Feedback, Sentence]] = []
    for team in ctx.teams:
        line = _line_start(text, text.rfind("\n", 0, team.start) + 1)
        day = DAY_LINE.match(text, line)
        if day is not None and (team.start == day.end() or text[team.start - 1:team.start] in ";；") \
                and not text[day.end():team.start].count("\n"):
            date = _first_day(ctx.dates_in(line, day.end()))
            said = _fed_back_day_line
        elif team.start == line and (heading := _day_heading_over(ctx, line)) is not None:
            date = _first_day(ctx.dates_in(*heading))
            said = _fed_back_under_day_heading
        else:
            continue
        pair = TEAM_PAIR_UNITS.match(text, team.end, ctx.paragraph_end(team.end))
        group = "cells" if pair and pair.group("cells") else "units"
        if pair is None or not _all_units(re.sub(r"[|｜]", "、", pair.group(group))) or date is None:
            continue
        units = split_targets(ctx, *pair.span(group), for_feedback=True)
        sentence = ctx.doc.sentence_at(pair.start(group))
        if units and sentence is not None and said(ctx, sentence):
            out.append((Feedback(key="", team=team_name(team), targets=units, date=date,
                                 evidence=[ctx.doc.evidence(team.start, pair.end())]), sentence))
    return out


# A day alone on its line, over the lines of that day's pairs (【7月24日】 / 7月24日： / [2024年7月24日] / 📍6月8日; 【7月26日至29日】,
# days that date none of its pairs).
DAY_HEADING = re.compile(rf"[ \t\u3000]*(?:{BULLET.pattern})?[【\[〔(（]?[ \t\u3000]*(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日(?:[至到—\-~～](?:\d{{1,2}}月)?\d{{1,2}}日)?"
                         r"(?:上午|下午)?[ \t\u3000]*[】\]〕)）]?[ \t\u3000]*[:：]?[ \t\u3000]*")


def _pair_line(ctx: Ctx, line: str, start: int) -> bool:
    """Whether a line is a team and its units (省委第一巡视组——A、B)."""
    team = ctx.first_within(ctx.teams, start, start + len(line))
    return team is not None and team.start == _line_start(ctx.doc.text, start) and TEAM_PAIR_UNITS.match(
        ctx.doc.text, team.end, start + len(line)) is not None


def _day_heading_over(ctx: Ctx, line: int) -> tuple[int, int] | None:
    """The span of the day alone on its line above the pair line at ``line``, over pair lines only."""
    above = _paragraph_above_lines(ctx, line, lambda said, start: _pair_line(ctx, said, start))
    return (above[0], above[0] + len(above[1])) if above and DAY_HEADING.fullmatch(above[1]) else None


# A unit and, in brackets after it, the team that fed back to it (区司法局党组（区委第二巡察组）), an item of a day's line.
UNIT_THEN_TEAM = re.compile(r"(?P<unit>[^、,，;；。:：()（）\n]{2,40}?)[ \t\u3000]*[(（](?P<team>[^()（）\n]{2,24})[)）]")


def _day_line_units(ctx: Ctx) -> list[tuple[Feedback, Sentence]]:
    """各被巡察党组织及反馈巡察组如下：⏎9月9日：A（区委第一巡察组）、B（区委第二巡察组）⏎9月10日：C（…）: each unit of a day's line
    fed back on that day by the team in the brackets after it, under a lead that says the lines are feedbacks."""
    text = ctx.doc.text
    out: list[tuple[Feedback, Sentence]] = []
    for para in ctx.doc.paragraphs:
        day = DAY_LINE.match(text, para.start, para.end)
        date = _first_day(ctx.dates_in(para.start, day.end())) if day else None
        if date is None:
            continue
        items = list(UNIT_THEN_TEAM.finditer(text, day.end(), para.end))
        teams = [ctx.first_within(ctx.teams, *m.span("team")) for m in items]
        if not items or not all(t is not None and t.start == m.start("team") and t.end == m.end("team")
                                for t, m in zip(teams, items)):
            continue
        sentence = ctx.doc.sentence_at(items[0].start("unit"))
        lead = _colon_lead(ctx, para.start, lambda said, _: bool(DAY_LINE.match(said)))
        if sentence is None or not _says_feedback(lead):
            continue
        for m, team in zip(items, teams):
            if units := split_targets(ctx, *m.span("unit"), for_feedback=True):
                out.append((Feedback(key="", team=team_name(team), targets=units, date=date,
                                     evidence=[ctx.doc.evidence(m.start(), m.end())]), sentence))
    return out


def _team_day_lines(ctx: Ctx) -> list[tuple[Feedback, Sentence]]:
    """反馈安排如下：⏎● 区委第一巡察组⏎12月4日：A、B⏎12月5日：C⏎● 区委第二巡察组⏎…: the units of each day's line under a team
    alone on its line, fed back by that team on that day, under a lead that says the lines are feedbacks."""
    text = ctx.doc.text
    out: list[tuple[Feedback, Sentence]] = []
    for para in ctx.doc.paragraphs:
        day = DAY_LINE.match(text, para.start, para.end)
        date = _first_day(ctx.dates_in(para.start, day.end())) if day else None
        if date is None or ctx.within(ctx.teams, para.start, para.end):
            continue
        end = para.start + len(text[para.start:para.end].rstrip().rstrip(";；。"))
        if not _all_units(text[day.end():end]):
            continue
        above = _paragraph_above_lines(ctx, para.start, lambda said, _: bool(DAY_LINE.match(said)))
        team = _card_head(ctx, Block(above[0], above[0] + len(above[1]))) if above else None
        if team is None or not _says_feedback(_colon_lead(ctx, team.start, lambda said, start: bool(
                DAY_LINE.match(said)) or _team_opens_line(ctx, said, start))):
            continue
        sentence = ctx.doc.sentence_at(day.end())
        if sentence is not None and (units := split_targets(ctx, day.end(), end, for_feedback=True)):
            out.append((Feedback(key="", team=team_name(team), targets=units, date=date,
                                 evidence=[ctx.doc.evidence(para.start, end)]), sentence))
    return out


def _day_heading_date(ctx: Ctx, sentence: Sentence) -> tuple[Mention, str | None, str | None] | None:
    """【11月4日】⏎县委第一巡察组向A反馈巡察情况；县委第二巡察组向B反馈…: the one day alone on the line above the
    paragraph of ``sentence``, which dates the statements of the paragraph."""
    para = ctx.paragraph_start(sentence.start)
    day = _day_alone(ctx, ctx.paragraph_start(para - 1)) if para > 0 else None
    return None if day and _in_table_cell(ctx, day[0].start) else day  # (a table's last row's day, one cell a line)


def _day_line_below(ctx: Ctx, sentence: Sentence) -> tuple[Mention, str | None, str | None] | None:
    """[图片]⏎省委第一巡视组向甲市委反馈巡视情况⏎11月20日: a statement that is its line's whole (a caption), and the one day
    alone on the line below it, its date."""
    text = ctx.doc.text
    para = ctx.paragraph_start(sentence.start)
    end = ctx.paragraph_end(sentence.start)
    if text[para:sentence.start].strip() or text[sentence.end:end].strip() or end >= len(text):
        return None
    return _day_alone(ctx, ctx.paragraph_start(end + 1)) if text[end:end + 1] == "\n" else None


def _day_alone(ctx: Ctx, para: int) -> tuple[Mention, str | None, str | None] | None:
    """The one day the line at ``para`` holds alone (DAY_HEADING: 【11月4日】 / 11月20日), not a range."""
    end = ctx.paragraph_end(para)
    if not DAY_HEADING.fullmatch(ctx.doc.text, para, end):
        return None
    days = ctx.dates_in(para, end)
    return days[0] if len(days) == 1 and _first_day(days) else None


def _fed_back_under_day_heading(ctx: Ctx, sentence: Sentence) -> bool:
    """Whether ``sentence`` is on a pair line under a day's heading, in a list whose lead says the lines are feedbacks
    (back over the pair lines and the days' headings, a heading's colon no lead)."""
    above = _paragraph_above_lines(ctx, sentence.start, lambda said, start: DAY_HEADING.fullmatch(said) is not None
                                   or _pair_line(ctx, said, start))
    return above is not None and _leads_feedback_list(above[1])


def _batch_feedback(ctx: Ctx) -> list[tuple[Feedback, Sentence]]:
    """…分三批向14所学校党组织反馈巡察情况,具体如下: / 第一批(12月9日):A、B; / 第二批(12月11日):C、D: each batch's units,
    fed back on its day by the team of the lead above the batches."""
    text = ctx.doc.text
    out: list[tuple[Feedback, Sentence]] = []
    for m in BATCH_LINE.finditer(text):
        lead = _colon_lead(ctx, m.start(), lambda _, start: BATCH_LINE.match(text, start) is not None)
        if lead is None or not _says_feedback(lead):
            continue
        team = ctx.last_within(ctx.teams, lead[0], lead[0] + len(lead[1]))
        units = split_targets(ctx, *m.span("units"), for_feedback=True)
        sentence = ctx.doc.sentence_at(m.start("units"))
        if not units or sentence is None:
            continue
        out.append((Feedback(key="", team=team_name(team) if team else None, targets=units,
                             date=_first_day(ctx.dates_in(*m.span("date"))),
                             evidence=[ctx.doc.evidence(sentence.start, sentence.end)]), sentence))
    return out


# 9.4 / 11．27 alone in a table's date cell: a month and a day, the year the page's (its last year written before, else
# its publication's).
DOTTED_DAY = re.compile(r"(?P<m>1[0-2]|0?[1-9])[.．](?P<d>3[01]|[12]\d|0?[1-9])")


def _dotted_day(ctx: Ctx, start: int, end: int) -> str | None:
    """The day a table's date cell writes as month.day (ISO), where the page gives its year; None for any other cell."""
    cell = DOTTED_DAY.fullmatch(ctx.doc.text[start:end].strip())
    issued = document_date(ctx.doc)
    year = ctx.year_before(start) or (issued[0] if issued else None)
    return iso(year, int(cell["m"]), int(cell["d"])) if cell and year else None


def _section_feedback(ctx: Ctx) -> list[tuple[Feedback, Sentence]]:
    """The feedback of a round's report in sections (_numbered_units): the section's team fed back to each unit whose
    line says so (6月17日反馈 / 反馈问题18个), on the line's day or the section's (反馈时间:9月2日); and in a unit's
    section (_unit_section) or line with its team in brackets (_unit_of_line), on the day it says (5月29日反馈)."""
    text = ctx.doc.text
    out: list[tuple[Feedback, Sentence]] = []
    for team in ctx.teams:
        # 一、县审计局党组:县委第一巡察组巡察,5月29日反馈 / 1.区商务局党组(第一巡察组),8月6日反馈
        section = _unit_section(ctx, team)
        unit_span = section[0].span("unit") if section else _unit_of_line(ctx, team)
        if unit_span is not None:
            line_end = ctx.paragraph_end(team.end)
            days = [d for d in ctx.dates_in(team.end, line_end) if DAY_FED_BACK.match(text, d[0].end)]
            if (day := _first_day(days)) and (sentence := ctx.doc.sentence_at(unit_span[0])):
                out.append((Feedback(key="", team=team_name(team), targets=[text[slice(*unit_span)]], date=day,
                                     evidence=[ctx.doc.evidence(_line_start(text, unit_span[0]), line_end)]), sentence))
            continue
        if team.start != _line_start(text, team.start):
            continue
        for start, end, _, day in _numbered_units(ctx, team):
            line_end = ctx.paragraph_end(start)
            if day is None and "反馈" not in text[end:line_end]:
                continue
            sentence = ctx.doc.sentence_at(start)
            fb = Feedback(key="", team=team_name(team), targets=split_targets(ctx, start, end, for_feedback=True),
                          evidence=[ctx.doc.evidence(_line_start(text, start), line_end)])
            if day and day[1] and not day[2]:
                fb.date = day[1]
            if fb.targets and sentence is not None:
                out.append((fb, sentence))
    return out


def _table_feedback(ctx: Ctx) -> list[tuple[Feedback, Sentence]]:
    """A table of teams whose row gives its feedback's day (反馈时间; a roster's 日期) or the problems fed back (反馈问题:
    24), or whose target cell is a feedback's (反馈对象): the row's team fed back to the units of that cell, on that day."""
    text = ctx.doc.text
    out: list[tuple[Feedback, Sentence]] = []
    for row, team, targets, fed_back, sentence in ctx.team_rows[0]:
        if team is None:
            continue  # (a table that names no team: its units' inspections only)
        figure = row.cell(FEEDBACK_FIGURE_COLUMNS)
        day = row.cell(FEEDBACK_DATE_COLUMNS) or (row.cell(DATE_COLUMNS) if fed_back else None)
        dated = ctx.dates_in(*day[1]) if day else []
        dotted = _dotted_day(ctx, *day[1]) if day and not dated else None
        counted = figure is not None and re.search(r"\d", text[slice(*figure[1])]) is not None
        if not (dated or dotted or counted or fed_back):
            continue
        units = [u for start, end in target_parts(text, targets) for u in split_targets(ctx, start, end, False)]
        if not units:
            continue
        out.append((Feedback(key="", team=team_name(team), targets=units, date=_first_day(dated) or dotted,
                             evidence=[ctx.doc.evidence(sentence.start, sentence.end)]), sentence))
    return out


def _hosted(ctx: Ctx, sentence: Sentence, m: re.Match[str]) -> list[FeedbackEvent]:
    """Y召开巡察反馈会议 / Y巡察反馈会召开: a feedback to the host, by the team the sentence names, unless a team
    or the dispatcher hosts it or it is to be held (将召开)."""
    text = ctx.doc.text
    host = _host(ctx, *(m.span("targets") if m.group("targets") else m.span("targets2")))
    if host is None or PLANNED_FEEDBACK.search(text, host[0], m.end()):
        return []
    start, end = host
    targets = split_targets(ctx, start, end, for_feedback=True)
    team = ctx.first_within(ctx.teams, sentence.start, sentence.end)
    meeting = FEEDBACK_MEETING_WORD.search(text, end, m.end())
    after = meeting.end() if meeting else m.end()
    # A、B、C分别召开反馈会，T1、T2、T3分别向上述党委反馈: each host its team, in order
    teams = ctx.within(ctx.teams, m.end(), sentence.end)
    if len(targets) > 1 and len(teams) == len(targets) and text.find("分别", end, m.end()) >= 0 and \
            text.find("分别", teams[-1].end, sentence.end) >= 0:
        # (dated only by a day of its own sentence: a day after it, in a sentence of its own, may be any one host's)
        dated = any(d[1] and len(d[1]) == ISO_DAY_LENGTH for d in ctx.dates_in(sentence.start, sentence.end))
        return [FeedbackEvent(start, [unit], by, given=True, after=after, dated=dated) for unit, by in zip(targets, teams)]
    return [FeedbackEvent(start, targets, team, given=True, after=after)] if targets else []


def _host(ctx: Ctx, start: int, end: int, accepting: bool = False) -> tuple[int, int] | None:
    """The span of the unit that hosts a meeting, written before 召开 in ``[start, end)``: without the date before
    it and the adverbs after it; none where a team or the dispatcher hosts it. A committee that accepts a feedback
    (``accepting``: 甲省委接受了中央第二巡视组的反馈) is the unit fed back to, unless it sent the document's teams."""
    text = ctx.doc.text
    leading = LEADING_TIME.match(text, start, end)
    start = leading.end() if leading else start
    team = ctx.last_within(ctx.teams, start, end)
    if team and team.start - 1 > start and text[team.start - 1] in "与同和" and not text[team.end:end].strip():
        end, team = team.start - 1, None  # 区市场监管局党组与区委第三巡察组召开巡察反馈会议: the unit the team met
    if accepting and team and (by := INSPECTED_THE.match(text, team.end, end)):
        start, team = by.end(), None  # 省委第五巡视组(进驻期间)巡视的A、B接受反馈: the units the team inspected
    if at := TEAM_AT.match(text, team.end, end) if team else TEAM_AT.match(text, start, end):
        # 县委第八巡察组在县住建局召开专项巡察反馈会 / …,在县住建局召开反馈会: the unit after the team's (or the clause's)
        # 在; not a place, where it meets (在花溪镇召开巡察反馈会议,向A、B反馈: the units after 向)
        if FEEDBACK_TO.search(text, end, ctx.doc.sentence_at(end).end):
            return None
        start = at.end()
    adverbs = HOST_ADVERBS.search(text, start, end)
    end = adverbs.start() if adverbs else end
    if not accepting and DISPATCHER_HOST.search(text[start:end].strip()) or ctx.first_within(ctx.teams, start, end):
        return None
    host = party_key(text[start:end].strip())
    own = OWN.sub("", host) if OWN.match(host) else None
    if any(host == d or d.endswith(host) or abbreviates(d, host) or abbreviates(host, d) or own and d.startswith(own)
           for d in map(party_key, _dispatchers(ctx))):
        # 某银行某分行党委召开巡察反馈会 where 某银行某分行党委巡察组 inspected: the dispatcher hosts it, in any of its names
        # (甲能源集团有限公司党委 for the 集团党委 of 集团党委第一巡察组; 我院 for the 院党委 of 院党委第一巡察组; 局党委 for
        # 市教育局党委 of 市教育局党委第一巡察组)
        return None
    return start, end


def _dispatchers(ctx: Ctx) -> set[str]:
    """The dispatchers the document's teams are named with (某银行某分行党委 of 某银行某分行党委巡察组)."""
    return {d for t in ctx.teams if (d := t.attrs.get("dispatcher"))}


def _under_feedback_lead(ctx: Ctx, sentence: Sentence) -> bool:
    """Whether ``sentence`` goes on a feedback its lead states: in the lines a lead announces by its colon
    (…向被巡察党组织反馈巡察情况:\n11月3日,向A反馈;11月3日,向B反馈) or after it over ；(省委第一巡视组11月10日向A反馈巡视
    情况;11月12日,向B反馈): its clauses name no inspection, the lead does."""
    text, para = ctx.doc.text, ctx.paragraph_start(sentence.start)
    if any("反馈" in (said := text[b.start:b.end]) and ("巡察" in said or "巡视" in said) for b in _joined_before(ctx, sentence)):
        return True
    dated = DAY_LINE.match(text, para)
    # (back over the lines of the same list, each a day's: 11月19日:第一组向A反馈;…; or under a paragraph that says the
    # feedback was given: …完成对3个乡镇党委的巡察反馈。⏎🔸8月7日  向A反馈)
    return _says_feedback(_colon_lead(ctx, para, lambda line, _: bool(dated and DAY_LINE.match(line) and "反馈" in line))) \
        or (dated is not None and _fed_back_day_line(ctx, sentence))


def _colon_lead(ctx: Ctx, pos: int, goes_on: Callable[[str, int], bool]) -> tuple[int, str] | None:
    """The lead whose colon announces the list the line at ``pos`` is one of: back over the lines before it that
    ``goes_on`` takes for the list's own (given each line and where it starts), the first line ending with a colon (or
    a heading of feedback rows: 十四届县委第六轮巡察反馈一览), where it starts and its text; None where a line between is
    neither."""
    text, para = ctx.doc.text, ctx.paragraph_start(pos)
    while para > 0:
        para = ctx.paragraph_start(para - 1)
        lead = text[para:ctx.paragraph_end(para)].rstrip()
        if lead.endswith(LIST_LEAD_ENDS) or FEEDBACK_ROWS_HEADING.fullmatch(lead):
            return para, lead
        if not goes_on(lead, para):
            return None
    return None


def _says_feedback(lead: tuple[int, str] | None) -> bool:
    """Whether a list's lead (_colon_lead) is about an inspection's feedback (…向被巡察党组织反馈巡察情况:, or a lead of
    feedback rows: 反馈安排（按日期）：), not about its rectification (巡察反馈问题整改情况如下:; a demand to rectify in a
    sentence before its last, 对抓好巡视整改提出要求。具体如下：, is no such lead)."""
    if lead is None:
        return False
    last = lead[1].rstrip().rstrip("。").rsplit("。", 1)[-1]  # (the sentence whose colon opens the list)
    return FEEDBACK_ROWS_LEAD.search(lead[1]) is not None or (
        "反馈" in lead[1] and ("巡察" in lead[1] or "巡视" in lead[1]) and "整改" not in last
        and not RECTIFICATION_STATED.search(lead[1]))


# What a lead about a rectification names (…反馈问题整改情况如下 / 整改进展情况): not a list of feedbacks.
RECTIFICATION_STATED = re.compile(r"整改(?:落实|完成|推进)?(?:进展)?情况")


def _leads_feedback_list(line: str) -> bool:
    """Whether a line leads a list of feedbacks: a colon (or a pointing hand) closing a line about feedback, or a
    heading of feedback rows (…反馈一览)."""
    line = line.strip()
    return _says_feedback((0, line)) and (
        line.endswith(LIST_LEAD_ENDS) or FEEDBACK_ROWS_HEADING.fullmatch(line) is not None)


def _received(ctx: Ctx, sentence: Sentence) -> list[FeedbackEvent]:
    """Y召开巡察整改会议…针对X巡察组反馈的问题: a feedback from X to the host Y, undated (the date is the meeting's);
    Y听取X巡察组的巡察情况反馈: the same, on the sentence's day."""
    text = ctx.doc.text
    hosted = (HOST.search(text, sentence.start, sentence.end)  # the sentence's first meeting, read once
              if _has_any(text, sentence, (*MEETING_VERBS, *RECEIVING_VERBS, "听取")) else None)
    if hosted is None:
        return []
    host = _host(ctx, *hosted.span("host"))
    targets = [t for t in split_targets(ctx, *host, for_feedback=True) if not MEETING_NAME.search(t)] if host else []
    if not targets or PLANNED_FEEDBACK.search(text, hosted.start("host"), hosted.end()):
        return []
    for team in ctx.within(ctx.teams, hosted.end(), sentence.end):
        if hosted.group("got") and team.start != hosted.end():
            break  # Y接到X巡视组…反馈后: the team right after the verb
        if RECEIVED.match(text, team.end) or hosted.group("got") and GOT_AFTER.match(text, team.end):
            return [FeedbackEvent(team.start, targets, team, given=True, dated=bool(hosted.group("heard")))]
    return []


def _led(ctx: Ctx, sentence: Sentence) -> list[FeedbackEvent]:
    """对A、B,由X带队进行现场反馈: what was done, unless it is to be done (将由X带队)."""
    events = []
    for m in FEEDBACK_LED.finditer(ctx.doc.text, sentence.start, sentence.end):
        targets = _target_parts(ctx, m.start("targets"), m.end("targets"), single=True)
        if targets:
            events.append(FeedbackEvent(m.start(), targets, _team_before(ctx, sentence, m.start()),
                                        given=not PLANNED_FEEDBACK.search(m.group())))
    return events


def _joined_date(ctx: Ctx, sentence: Sentence) -> tuple[Mention, str | None, str | None] | None:
    """2023年6月2日,第一巡察组向A反馈;第二巡察组向B反馈: clauses joined by ；share the date that opens the first, the
    date of the sentence before a first clause opening with 其中, the day of the meeting the sentence before the first
    clause held, or the day of the meeting a first clause opening with 会上 is at (read at most MAX_JOINED clauses back, so that a text of undated ；-clauses is not reread per clause)."""
    text = ctx.doc.text
    i = ctx.sentence_index(sentence)
    para = ctx.paragraph_start(sentence.start)
    for prev in reversed(ctx.doc.sentences[max(i - MAX_JOINED, 0):i]):
        if prev.start < para:
            return None
        if not text[prev.start:sentence.start].rstrip().endswith((";", "；")):
            # 1月9日,两个巡察组召开反馈会。其中,第一组向A反馈;第二组向B反馈: the date of the sentence 其中 goes on from;
            # 8日,集中反馈会召开。第一组向A反馈;第三组向B反馈: the day of the meeting the first clause's sentence before held
            if not OF_THOSE.match(text, sentence.start):
                return _meeting_date(ctx, sentence)
            found = ctx.dates_in(prev.start, prev.end)
            # (网站1月17日发布消息，3个巡视组日前向…反馈。其中，T向A反馈: the day it was reported, not theirs)
            return found[-1] if found and not RECENTLY.search(text, found[-1][0].end, prev.end) else None
        found = ctx.dates_in(prev.start, prev.end)
        if found and (all(d[0].start > 0 and text[d[0].start - 1] in "(（" for d in found)
                      or EACH_OWN_DAY.search(text, max(prev.start, found[0][0].start - 4), found[0][0].start)):
            # (A（4月9日）、B（4月10日）接受T1反馈;C接受T2反馈 / A、B分别于6月12日、13日接受T1反馈;C接受T2反馈: the days are
            # A's and B's alone)
            return None
        if found:
            return found[-1]
        if AT_MEETING.match(text, prev.start):  # 会上,A向B反馈;C向D反馈: the meeting's day, for both clauses
            return _meeting_date(ctx, prev)
        sentence = prev
    return None


# A feedback's line closed by its day (◆ X组向A反馈巡视情况（3月20日） / 01 X组向A反馈  11.20): a day in brackets, or
# month.day after spaces (a listed title's 2023-06-08 or (2021-07-09) is the story's date: TITLE_DATE_AFTER).
DAY_CLOSING_LINE = re.compile(rf"(?:(?P<bracketed>{UNIT_DAY_NOTE.pattern})"
                              rf"|[ \t\u3000]+(?P<dotted>{DOTTED_DAY.pattern}))[ \t\u3000]*[。;；]?[ \t\u3000]*$")


def _day_closing_line(ctx: Ctx, sentence: Sentence, pos: int) -> tuple[Mention, str | None, str | None] | None:
    """The day closing the line of a feedback statement at ``pos`` (DAY_CLOSING_LINE), where the sentence is the line's
    last: a day in brackets, or month.day in the page's year."""
    text = ctx.doc.text
    end = ctx.paragraph_end(sentence.start)
    if text[sentence.end:end].strip() or (closing := DAY_CLOSING_LINE.search(text, pos, end)) is None:
        return None
    if closing.group("dotted"):
        day = _dotted_day(ctx, *closing.span("dotted"))
        return (Mention(*closing.span("dotted"), closing.group("dotted"), "DATE"), day, None) if day else None
    dated = ctx.dates_in(*closing.span("bracketed"))
    return dated[0] if len(dated) == 1 and dated[0][2] is None and len(dated[0][1] or "") == ISO_DAY_LENGTH else None


def _date_after(ctx: Ctx, sentence: Sentence, after: int | None) -> tuple[Mention, str | None, str | None] | None:
    """A date right after a meeting's name (…反馈会于6月5日召开), when the statement gives one place for it."""
    if after is None:
        return None
    text = ctx.doc.text
    found = ctx.dates_in(sentence.start, sentence.end)
    i = bisect.bisect_left(found, after, key=lambda d: d[0].start)
    date = found[i] if i < len(found) else None
    return date if date and date[0].start <= after + 1 and text[after:date[0].start] in ("", "于", "在") else None


def _meeting_held_after(ctx: Ctx, sentence: Sentence) -> tuple[Mention, str | None, str | None] | None:
    """X向Y反馈巡察情况(a headline)⏎8月9日下午,反馈会议在该局召开 / …反馈巡察情况。会议于11月24日下午召开: the day of
    the meeting one of the next two sentences says was held, where it names it by no unit of its own (a single day)."""
    text = ctx.doc.text
    i = ctx.sentence_index(sentence)
    for after in ctx.doc.sentences[i + 1:i + 1 + MEETING_LOOKAHEAD]:
        if NEXT_MEETING_HELD.search(text, after.start, after.end):
            found = ctx.dates_in(after.start, after.end)
            return found[0] if found and found[0][2] is None else None
    return None


def _meeting_date(ctx: Ctx, sentence: Sentence) -> tuple[Mention, str | None, str | None] | None:
    """会上,X向Y反馈了巡察情况 / 3月5日,Y巡察反馈会召开。组长X向Y反馈了…: the day of the meeting the sentence before
    it held, in its paragraph (a single day, not a period), or a few sentences back (会上, or under a team's line)."""
    text = ctx.doc.text
    i = ctx.sentence_index(sentence)
    if i == 0:
        return None
    before = ctx.doc.sentences[i - 1]
    # (会上 opening the sentence, or a team's line above its paragraph: 6月6日,集中反馈会召开。⏎市委第一巡察组⏎向A反馈。)
    at_meeting = AT_MEETING.match(text, sentence.start) is not None or _heading_team(ctx, sentence) is not None
    same_paragraph = before.start >= ctx.paragraph_start(sentence.start)
    if not same_paragraph and not at_meeting:
        return None
    held = (FEEDBACK_MEETING_WORD.search(text, before.start, before.end) if not (at_meeting and same_paragraph)
            else "会" in text[before.start:before.end])
    found = ctx.dates_in(before.start, before.end) if held else []
    if at_meeting and not found:
        # 8月15日,X巡察集中反馈会召开。Y主持会议。\n会上,…反馈: the meeting dated a few sentences back, over a paragraph.
        for before in reversed(ctx.doc.sentences[max(0, i - MEETING_LOOKBACK):i - 1]):
            if FEEDBACK_MEETING_WORD.search(text, before.start, before.end):
                found = ctx.dates_in(before.start, before.end)
                break
            if _has_any(text, before, MEETING_VERBS):
                break  # (…召开整改动员会。会上,…: at that meeting, not at the feedback meeting before it)
    return found[-1] if found and found[-1][2] is None else None


def _stated(ctx: Ctx, sentence: Sentence, events: list[FeedbackEvent]) -> list[tuple[Feedback, Sentence]]:
    """The events of a sentence that state a feedback made, as Feedback with their date and presider."""
    text = ctx.doc.text
    said_done = SAID_DONE.search(text, sentence.start, sentence.end) is not None
    presider = _presider(ctx, sentence) if events else None
    according = ACCORDING.search(text, sentence.start, sentence.end) if events else None
    round_date = _round_lead_date(ctx, sentence) if events else None  # (the sentence's, whichever of its events takes it)
    out = []
    for pos, targets, team, given, after, dated, day, round_named in events:
        if targets and all(INSPECTION_SIDE.search(t) for t in targets):
            continue
        written = team  # (巡察组要及时向被巡察党组织反馈: a duty still, whichever team the bare name stands for)
        team = _team_said_before(ctx, team) or team if team is not None and BARE_TEAM.fullmatch(team.text) else team
        team = _heading_team_for(ctx, team) if team is not None and not _specific(team) else team
        targets = [t for t in targets if not INSPECTION_SIDE.search(t)]
        date = (last_date_before(ctx, sentence, pos) or _day_heading_date(ctx, sentence) or _day_line_below(ctx, sentence)
                or _day_closing_line(ctx, sentence, pos)
                or _date_after(ctx, sentence, after) or _meeting_date(ctx, sentence)
                or _joined_date(ctx, sentence) or _same_day(ctx, sentence) or _entry_date(ctx, sentence)
                or _meeting_held_after(ctx, sentence) or _paragraph_day(ctx, sentence)) if dated else None
        if day and date:
            date = (date[0], day, None)
        elif day and dated:  # (…反馈；T向A（6月24日）反馈: the event's own day, in its clause, with no date before it)
            date = next((d for d in ctx.dates_in(sentence.start, sentence.end) if d[1] == day), None)
        if date and CUTOFF.search(text, max(0, date[0].start - 5), date[0].start):
            date = None  # 截至12月31日,巡察反馈问题共312个: the day the counts were made, not the feedback's
        if date and date[0].end <= pos and RECENTLY.search(text, date[0].end, pos):
            date = None  # 网站2月4日发布消息，T日前向A反馈: the day it was reported, the feedback's some days before
        if date and DEADLINE.match(text, date[0].end) and not said_done:
            continue  # 7月上旬前完成反馈: a deadline, what is to be done
        # The clause before the statement (a clause is short: a text without commas is read only so far back).
        clause = max(text.rfind(",", pos - MAX_CLAUSE, pos), text.rfind("，", pos - MAX_CLAUSE, pos), sentence.start,
                     pos - MAX_CLAUSE)
        if PLANNED_FEEDBACK.search(text, clause, pos) and not said_done:
            continue
        # A feedback to a unit the text names or counts (被巡察的12个党组织) is an event unless the clause makes it a
        # duty (要及时向X反馈); 被巡察单位, 各村党支部 may be a rule's words.
        named = any(not (INSPECTED_UNITS.match(t) or t.startswith("各")) for t in targets)
        if not ((written and _specific(written)) or _says_made(date) or said_done or given or (according and according.end() <= pos)
                or (named and not DUTY.search(text, clause, pos))):
            continue
        fb = Feedback(key="", team=team_name(team) if team else None, targets=targets,
                      evidence=[ctx.doc.evidence(sentence.start, sentence.end)])
        if date:
            if date[2]:
                fb.start, fb.end = date[1], date[2]
            else:
                fb.date = date[1]
        fb.presided_by, fb.round = presider, round_named
        fb.round_date = round_date if dated and date is None else None
        out.append((fb, sentence))
    return out


def _units_after_colon(ctx: Ctx, sentence: Sentence, pos: int) -> list[str]:
    """向以下单位反馈巡察情况:A、B。 / …情况:\nA\nB / …情况:\n县直单位:A、B;\n乡镇:C: the units listed after the colon
    that closes the statement (or a sentence after it that only opens the list: 。具体为:), on its line, one a line
    beneath it, or by kind a line beneath it (the kind's label no unit)."""
    text = ctx.doc.text
    colon = COLON_AFTER.match(text, pos)
    if colon is None:
        after = ctx.sentence_after(sentence)
        colon = LIST_LEAD.match(text, after.start) if after and after.start < ctx.paragraph_end(sentence.start) else None
    if colon is None:
        return []
    end, beneath = _list_after(ctx, colon.end())
    kinds = _kind_lines(ctx, colon.end()) if beneath or KIND_LINE.match(text, colon.end(), ctx.paragraph_end(colon.end())) else []
    return [t for start, stop in kinds or [(colon.end(), end)] for t in split_targets(ctx, start, stop, for_feedback=True)]


def _units_listed_after(ctx: Ctx, sentence: Sentence, pos: int) -> list[str]:
    """…向这些单位反馈巡视意见，这20个单位分别为：A、B…: the units the same sentence lists after ``pos``."""
    text = ctx.doc.text
    if (these := THESE_UNITS_NAMED.search(text, pos, sentence.end)) is None:
        return []
    end, _ = _list_after(ctx, these.end())
    return split_targets(ctx, these.end(), end, for_feedback=True)


def _units_included(ctx: Ctx, sentence: Sentence, pos: int) -> list[str]:
    """分别向25家金融单位党委反馈了巡视情况，其中包括A、B及C等: some of the units counted, named in the clause after."""
    text = ctx.doc.text
    among = AMONG_THEM.match(text, COUNTED_TAIL_GAP.match(text, pos, sentence.end).end(), sentence.end)
    return split_targets(ctx, among.start("units"), _before_unit_cut(text, *among.span("units")), for_feedback=True) \
        if among else []


def _units_named_next(ctx: Ctx, sentence: Sentence, n: int | None) -> list[str]:
    """向A等20所高校党委反馈…。20所高校分别是:A、B…: the units the next sentence names, where they are as many as the
    count."""
    after = ctx.sentence_after(sentence)
    named = (THESE_UNITS_NAMED.match(ctx.doc.text, after.start, after.end)
             or INSPECTED_NAMED.match(ctx.doc.text, after.start, after.end)) if after else None
    if named is None:
        return []
    units = split_targets(ctx, named.end(), _list_after(ctx, named.end())[0], for_feedback=True)
    return units if len(units) == n else []


def _units_inspected_before(ctx: Ctx, sentence: Sentence, n: int | None) -> list[str]:
    """…对A、B…等9个单位党组织开展了常规巡察。8月,各巡察组分别向9个被巡察党组织反馈: the units the sentence before, in the
    same paragraph, says were inspected, where they are as many as the count."""
    text, i = ctx.doc.text, ctx.sentence_index(sentence)
    before = ctx.doc.sentences[i - 1] if i > 0 else None
    if before is None or before.start < ctx.paragraph_start(sentence.start):
        return []
    for m in INSPECT.finditer(text, before.start, before.end):
        units = [u for u in split_targets(ctx, *m.span("targets"), for_feedback=True) if not UNITS_COUNTED.search(u)]
        if len(units) == n:
            return units
    return []


def _list_after(ctx: Ctx, pos: int) -> tuple[int, bool]:
    """Where a list introduced by a colon ending at ``pos`` ends, and whether it is the lines beneath: on its line up to
    the 。 closing it, or, where the colon ends its line, over the lines after it that each name a unit (or over the
    lines after it that list them, parted by 、 or spaces: 分别是：⏎东门社区　西门社区　柳河村)."""
    text = ctx.doc.text
    stop = LIST_END.search(text, pos, ctx.paragraph_end(pos))
    end = stop.start() if stop and stop.start() > pos else _before_unit_cut(text, pos, ctx.paragraph_end(pos))
    if text[pos:end].strip():
        return end, False
    line = _units_line_below(ctx, ctx.paragraph_end(pos))
    if line is None:
        return _lines_of_units(ctx, pos), True
    while (more := _units_line_below(ctx, line[1])) is not None:
        line = more  # (被巡察单位（22个）：⏎A　B　C　D⏎E　F　G　H: the units over several lines, four a line)
    return line[1], True


def _feedback_to(ctx: Ctx, sentence: Sentence, m: re.Match[str], targets: list[str]) -> list[FeedbackEvent]:
    """The events of one 向X反馈: teams listed before 分别 paired with its targets; 向X反馈的巡视情况 was given."""
    given = ctx.doc.text.startswith("的", m.end())
    # (…;18日,向A、B反馈: a clause of only its day after the team's, ；joined, is that team's)
    team = _team_before(ctx, sentence, m.start(), joined=_opens_without_subject(ctx, sentence, m.start())) or \
        _subject_after_while(ctx, m.end())
    if team is not None and targets and all(INSPECTED_UNITS.match(t) for t in targets) \
            and _last_of_several_teams(ctx, sentence, team, m.start()) \
            and INSPECTING_VERB.search(ctx.doc.text, sentence.start, m.start()):
        team = None  # (A组对X、B组对Y开展巡察，并于6月向被巡察党组织反馈: the teams', each to its own units)
    if team is not None and ctx.doc.text.startswith(LINKED, team.end) and len(joint := _listed_teams(ctx, sentence, team)) > 1:
        return [FeedbackEvent(m.start(), targets, by, given) for by in joint]  # A、B联合向X反馈: each team delivered it
    # (县委第一巡察组向县委书记李明同志反馈: the team's own committee, to which it reports, is no unit it fed back to)
    pairs = [(by, kept) for by, its in _paired(ctx, sentence, m.start(), m.start("targets"), team, targets)
             if (kept := [t for t in its if by is None or party_key(t) != party_key(by.attrs.get("dispatcher") or "")])
             or not its]
    if (day := DAY_IN_BRACKETS.match(ctx.doc.text, m.end())) is not None:  # 1.A组向B反馈(1月8日上午): the line's own day
        # (T1向A反馈（9月12日），T2向B反馈（9月13日）: its own, not the clause's before it)
        own = next((d[1] for d in ctx.dates_in(*day.span("day")) if d[1] and len(d[1]) == ISO_DAY_LENGTH), None)
        return [FeedbackEvent(m.start(), its_targets, by, given, after=day.start("day"), day=own) for by, its_targets in pairs]
    # (分别向A（6月24日）、B（6月25日）反馈: the day in brackets after each unit)
    days = _days_each(ctx, sentence, m.start()) or _days_in_brackets(ctx, m.start("targets"), m.end("targets"))
    if days and len(pairs) == 1 and len(pairs[0][1]) == len(days):
        pairs = [(pairs[0][0], [t]) for t in pairs[0][1]]  # 市委巡察组分别于16日、17日向A、B反馈: one day a unit
    if days and len(pairs) == len(days) and all(len(its) == 1 for _, its in pairs):
        return [FeedbackEvent(m.start(), its, by, given, day=day) for (by, its), day in zip(pairs, days)]
    return [FeedbackEvent(m.start(), its_targets, by, given) for by, its_targets in pairs]


# 10月31日、11月1日,X巡察组分别向…: days in full opening the clause, its team's statements one a day in order.
FULL_DAYS_THEN_EACH = re.compile(r"[日号]?[,，\s]*[^,，;；。\n]{0,40}?(?:分别|先后)\s*")
# 11月14日、15日,X巡察组分别向…: the days of a series opening the clause, its team's statements one a day in order.
SERIES_THEN_EACH = re.compile(r"[日号]?(?:\s*[、和及]\s*\d{1,2}\s*[日号])+[,，\s]*[^,，;；。\n]{0,40}?(?:分别|先后)\s*")
# 1.区委第一巡察组向区教育局党组反馈(1月8日上午): a feedback's day in brackets right after it, a list's line each.
DAY_IN_BRACKETS = re.compile(rf"[ \t\u3000]*[(（](?P<day>{WRITTEN_DAY})(?:上午|下午|晚上?)?[)）]")


def _days_run_to(ctx: Ctx, sentence: Sentence, m: re.Match[str]) -> bool:
    """4月22日向A、B、C,23日向D、E反馈: the feedback's 向 is the last of a run of a day's units each, parted by commas
    (which no FEEDBACK_TO's units cross)."""
    text = ctx.doc.text
    items = list(DAY_TO.finditer(text, sentence.start, m.end("targets")))
    if not items or items[-1].end() != m.end("targets") or items[-1].start() >= m.start():
        return False
    # (5月9日,T向A反馈，10日向B反馈 / …反馈；10日向B反馈: a clause of its own day after a feedback, one item alone)
    return (len(items) > 1 and _next_day_item(text, items[-2], items[-1])) or (
        text[items[-1].start() - 1:items[-1].start()] in ("；", ";", "，", ",")
        and FEEDBACK_TO.search(text, sentence.start, items[-1].start()) is not None) or (
        not text[sentence.start:items[-1].start()].strip() and _after_feedback_clause(ctx, sentence))


# What parts two items of a run of days' units: a separator, after the item's own verb where it has one (其中9日向A反馈，
# 10日向B反馈).
DAY_ITEMS_APART = re.compile(r"(?:(?:集中|分别)?(?:进行)?反馈(?:了?(?:巡视|巡察)(?:情况|意见))?)?[、,，;；]?")


def _next_day_item(text: str, item: re.Match[str], after: re.Match[str]) -> bool:
    """Whether ``after`` is the item of a run of days' units right after ``item`` (not after the last of a list of days
    that 分别 pairs with units: 分别于16日、17日向A、B反馈，17日下午向C反馈)."""
    if after.start() - item.end() <= 1:
        return True
    return DAY_ITEMS_APART.fullmatch(text, item.end(), after.start()) is not None and text[item.start() - 1:item.start()] != "、"


def _days_to(ctx: Ctx, sentence: Sentence, start: int, end: int) -> list[FeedbackEvent]:
    """其中,12日向A、13日向B、14日向C反馈 / 6月11日向A、6月12日向B / 16日上午向C、下午向D: one feedback a unit, on the day
    before its 向 (a half-day alone: the day of the unit before), in the month the item or the date before it gives
    (6月12日至15日, or the clause ；joins before: 11月20日上午向A;21日上午向B) and that date's year or the page's; no day
    where that leaves the month or the year unknown."""
    text = ctx.doc.text
    items = list(DAY_TO.finditer(text, start, end))
    # (the run of items that reaches ``end``: each one right after the one before and its separator)
    run = len(items) - 1
    while run > 0 and _next_day_item(text, items[run - 1], items[run]):
        run -= 1
    items = items[run:]
    if not items:
        return []
    date = last_date_before(ctx, sentence, items[0].start()) or _joined_date(ctx, sentence)
    known = date[1] if date and date[1] else None
    year = known[:4] if known else (ctx.doc.metadata.issued or "")[:4] or None
    month = int(known[5:7]) if known and len(known) >= 7 else None
    day = int(known[8:10]) if known and len(known) == ISO_DAY_LENGTH else None
    # (the one team the sentence names; else none, as where it names several: the units' own inspections say whose
    # feedback it was)
    team = ctx.last_within(ctx.teams, sentence.start, items[0].start())
    for before in _joined_before(ctx, sentence) if team is None else ():  # (…反馈巡察情况:4日向A;⏎5日向B: the lead's)
        if (team := ctx.last_within(ctx.teams, before.start, before.end)) is not None:
            sentence = before
            break
    team = None if team is None or len(_listed_teams(ctx, sentence, team)) > 1 else team
    # (（二）市委第二巡察组⏎3月25日向A反馈；3月27日向B反馈: the team heading the paragraph; 反馈会议分别召开:… after the one
    # team's sentences)
    team = team or _paragraph_team(ctx, sentence) or _only_team_before(ctx, items[0].start())
    out = []
    for item in items:
        if item["d"]:
            month, day = int(item["m"]) if item["m"] else month, int(item["d"])
        # (11月20日向A反馈 in a page of 2024 on a round of 2023: the year the text's dates resolve the item's own to)
        dated = ctx.dates_in(item.start(), item.start("unit")) if item["m"] else []
        if dated and dated[0][1] and len(dated[0][1]) == ISO_DAY_LENGTH:
            year = dated[0][1][:4]
        units = split_targets(ctx, item.start("unit"), item.end("unit"), for_feedback=True)
        if not units:
            continue
        known_day = year is not None and month is not None and day is not None and 1 <= month <= 12 and 1 <= day <= 31
        out.append(FeedbackEvent(item.start("unit") - 1, units, team, given=True,  # (at its 向: its own date before it)
                                 day=f"{year}-{month:02d}-{day:02d}" if known_day else None))
    return out


def _org_opens_at(ctx: Ctx, pos: int) -> bool:
    """Whether an organisation's name starts at ``pos`` (对外经济贸易大学: its 对 no preposition)."""
    first = ctx.first_within(ctx.orgs, pos, ctx.paragraph_end(pos))
    return first is not None and first.start == pos


def _opens_name(ctx: Ctx, pos: int) -> bool:
    """Whether a person's name starts at ``pos`` (向启明: the surname 向, no preposition)."""
    person = ctx.first_within(ctx.people, pos, pos + 8)  # (a name of up to 8 characters: a mention within the span)
    return person is not None and person.start == pos


def _schedule_row(ctx: Ctx, sentence: Sentence) -> FeedbackEvent | None:
    """A row of a feedback schedule (SCHEDULE_ROW: a line, its date then its unit, or its unit then its date) under the
    lead of its run of rows (a list's lead of feedback; a paragraph saying the feedback was given, where the row names
    its team): that unit's feedback on that day, by the row's team, else the team alone on its line over the row's run,
    else the one team named before; none where the day is after the page's date (a schedule of what is to come)."""
    text = ctx.doc.text
    if sentence.start != ctx.paragraph_start(sentence.start):
        return None  # (a row is a line of its own: tested before the patterns)
    spaced = ROW_SPACE.search(text, sentence.start, sentence.end) or DAY_BRACKETED_END.search(text, sentence.start, sentence.end) \
        or DAY_COLON.match(text, sentence.start, sentence.end)
    row = SCHEDULE_ROW.fullmatch(text, sentence.start, sentence.end) if spaced else None
    if row is None:
        return None
    # (反馈安排：⏎第一巡察组⏎12月12日 A⏎12月13日 B⏎第二巡察组⏎12月12日 C: the rows of each team under its line)
    i = bisect.bisect_right(ctx._para_starts, sentence.start) - 1
    heading: Mention | None = None
    while i > 0:
        above = ctx.doc.paragraphs[i - 1]
        if SCHEDULE_ROW.fullmatch(text, above.start, above.end):
            i -= 1
        elif _alone_team(ctx, above):
            heading = heading or _opening_team(ctx, above)
            i -= 1
        else:
            break
    lead = ctx.doc.paragraphs[i - 1] if i > 0 else None
    headed = False  # (▲县卫生健康局党组（6月20日）⏎巡察指出…⏎▲县人民医院党委（6月21日）: headings of a day's unit over its
    if BULLETED_ROW.match(text, sentence.start) and lead is not None and not _leads_feedback_list(text[lead.start:lead.end]):
        # paragraphs, under the paragraph before the first of them that says the feedback was given)
        while i > 1 and (BULLETED_ROW.match(text, (above := ctx.doc.paragraphs[i - 1]).start)
                         or not _says_feedback((above.start, text[above.start:above.end]))):
            i -= 1
        lead, headed = ctx.doc.paragraphs[i - 1], True
    unit = "unit_first" if row.group("unit_first") else "unit"
    if text[sentence.end - 1] in "；;。" and not _all_units(row.group(unit)):
        return None  # (11月18日:第一组向A反馈;第二组向B反馈: a clause of the day's line, no row of units)
    if (unit == "unit_first" or re.search(r"\s", row.group(unit))) and (
            ctx.within(ctx.teams, *row.span(unit)) or not _all_units(row.group(unit))
            or _in_table_cell(ctx, row.start(unit))):
        # (县委第四巡察组巡察A情况反馈会召开 2022-06-15: a listed title and its date, no unit's row; 7月1日上午 第一巡察组 A
        # 县教育局三楼会议室 under 时间 巡察组 反馈对象 地点: a table's row, its cells the table's to read)
        return None
    units = [u for a, b in _spans_between(text, *row.span(unit), "/／")
             for u in split_targets(ctx, a, b, for_feedback=True)]
    dated = ctx.dates_in(*(row.span("day_last") if unit == "unit_first" else (sentence.start, row.start("unit"))))
    day = dated[0][1] if dated else None
    # (a row naming its own team: 12月16日 市委第一巡察组→A, under a paragraph that says the round's feedback was given)
    own_team = row.group("team") or row.group("team2")
    lead_text = text[lead.start:lead.end] if lead is not None else ""
    if lead is None or not (_leads_feedback_list(lead_text) or (own_team or headed) and _says_feedback((lead.start, lead_text))) \
            or not units or day is None or (ctx.doc.metadata.issued or "9999") < day:
        return None
    own = "team" if row.group("team") else "team2" if row.group("team2") else None
    team = ctx.first_within(ctx.teams, *row.span(own)) if own else heading or _only_team_before(ctx, lead.start)
    at = row.end("day_last") if unit == "unit_first" else row.start(unit)  # (where its day is the last before it)
    return FeedbackEvent(at, units, team, given=True, day=day if len(day) == ISO_DAY_LENGTH else None)


def _unit_day_line(ctx: Ctx, sentence: Sentence) -> FeedbackEvent | None:
    """A line of a unit's findings opened by its name and the day in brackets (UNIT_DAY_LABEL) in a run of such lines
    under a lead of feedback (巡察组逐村点评、点明问题：): that unit's feedback on that day, by the one team named before;
    none where the day is after the page's date."""
    text = ctx.doc.text
    if sentence.start != ctx.paragraph_start(sentence.start) or \
            (label := UNIT_DAY_LABEL.match(text, sentence.start, sentence.end)) is None or not _all_units(label.group("unit")):
        return None
    lead = _lead_above(ctx, sentence, lambda para: UNIT_DAY_LABEL.match(text, para.start, para.end) is not None)
    dated = ctx.dates_in(*label.span("day"))
    day = dated[0][1] if dated else None
    if lead is None or not _leads_feedback_list(text[lead.start:lead.end]) or day is None or len(day) != ISO_DAY_LENGTH \
            or (ctx.doc.metadata.issued or "9999") < day:
        return None
    units = split_targets(ctx, *label.span("unit"), for_feedback=True)
    team = _only_team_before(ctx, lead.end)
    return FeedbackEvent(label.end("day"), units, team, given=True, day=day) if units else None


def _on_their_days(ctx: Ctx, told: list[re.Match[str]], team: Mention | None) -> list[FeedbackEvent] | None:
    """Each unit's feedback on the day told with it (a match's ``unit`` and ``day``: A（10月18日） / A8月1日), by ``team``; None
    where a day is after the page's date (a schedule of what is to come)."""
    days = [_schedule_day(ctx, *m.span("day")) for m in told]
    if not all(days):
        return None
    return [FeedbackEvent(m.end("day"), units, team, given=True, day=day) for m, day in zip(told, days)
            if (units := split_targets(ctx, *m.span("unit"), for_feedback=True))]


def _inline_schedule(ctx: Ctx, sentence: Sentence) -> list[FeedbackEvent]:
    """The entries of a schedule written inline after its lead (INLINE_SCHEDULE_LEAD), up to the first entry that reads
    as none: each unit's feedback on its day, by the entry's team where it opens with one; none where a day is after the
    page's date (a schedule of what is to come)."""
    text = ctx.doc.text
    lead = INLINE_SCHEDULE_LEAD.search(text, sentence.start, sentence.end)
    if lead is None:
        return []
    events: list[FeedbackEvent] = []
    start, end = lead.end(), ctx.paragraph_end(sentence.start)
    for a, b in _spans_between(text, start, end, "；;。"):
        team = None
        if (opened := ENTRY_TEAM.match(text, a, b)) and (team := ctx.first_within(ctx.teams, a, opened.end())):
            a = opened.end()
        told = [m for m in [UNIT_THEN_DAY.fullmatch(text, a, b)] if m] or list(UNIT_DAY_BRACKETED.finditer(text, a, b))
        run = not told  # (A8月1日，B8月2日，其余企业在8月上旬陆续进行: each unit run on into its day, parted by commas)
        for p, q in _spans_between(text, a, b, ",，") if run else ():
            if (m := UNIT_DAY_RUN.fullmatch(text, p, q)) is None:
                break
            told.append(m)
        if (entry := _on_their_days(ctx, told, team)) is None:
            return []
        if not entry or not run and text[told[-1].end():b].strip(UNIT_GROUP_SEPARATORS):
            break
        events += entry
    return events


def _schedule_team_line(ctx: Ctx, sentence: Sentence) -> list[FeedbackEvent]:
    """A team's line of a feedback schedule (县委第一巡察组:A(5月10日)、B(5月11日); 第一巡察组：A 12月12日；B 12月13日) under
    the lead of its run of such lines (a list's lead of feedback, or a paragraph saying the feedback was given): each
    unit's feedback on the day in brackets or after a space after it, by the line's team; none where a unit has no day,
    or a day is after the page's date (a schedule of what is to come). Read once a line, from its first sentence."""
    text = ctx.doc.text
    if sentence.start != ctx.paragraph_start(sentence.start):
        return []  # (a line's first sentence only: tested before the team and its colon)
    team = _opening_team(ctx, sentence)
    line_end = ctx.paragraph_end(sentence.start)
    colon = TEAM_LINE_COLON.match(text, team.end, sentence.end) if team is not None else None
    if colon is None:
        return []
    lead = _lead_above(ctx, sentence, lambda para: _team_colon_line(ctx, para))
    if lead is None or not _says_feedback((lead.start, text[lead.start:lead.end])):
        return []
    if before := _units_after_days(ctx, colon.end(), line_end, team):
        return before
    events, start = [], colon.end()
    for note in UNIT_DAY_AFTER.finditer(text, colon.end(), line_end):
        day = _schedule_day(ctx, *note.span())
        units = split_targets(ctx, start, note.start(), for_feedback=True)
        if day is None or not units:
            return []
        events.append(FeedbackEvent(note.end(), units, team, given=True, day=day))  # (its day: the date before)
        start = note.end()
    return events if events and not text[start:line_end].strip(UNIT_GROUP_SEPARATORS + "。") else []


def _unit_team_line(ctx: Ctx, sentence: Sentence) -> list[FeedbackEvent]:
    """A unit's line of a feedback schedule (UNIT_TEAM_DAY_LINE: A——T，反馈时间4月22日；) under a lead saying the feedback was
    given: the unit's feedback by that team on that day (none past the page's date)."""
    text = ctx.doc.text
    line_end = ctx.paragraph_end(sentence.start)
    if sentence.start != ctx.paragraph_start(sentence.start) or \
            (m := UNIT_TEAM_DAY_LINE.fullmatch(text, sentence.start, line_end)) is None:
        return []
    team = ctx.first_within(ctx.teams, *m.span("team"))
    lead = _lead_above(ctx, sentence, lambda para: UNIT_TEAM_DAY_LINE.fullmatch(text, para.start, para.end) is not None)
    if team is None or lead is None or not _says_feedback((lead.start, text[lead.start:lead.end])) or \
            (day := _schedule_day(ctx, *m.span("day"))) is None:
        return []
    units = split_targets(ctx, *m.span("unit"), for_feedback=True)
    return [FeedbackEvent(m.end("day"), units, team, given=True, day=day)] if units else []


def _units_after_days(ctx: Ctx, start: int, end: int, team: Mention) -> list[FeedbackEvent]:
    """县委第一巡察组：5月22日上午A，5月22日下午B，5月23日上午C；: each unit's feedback on the day written before it, where
    the line from ``start`` to ``end`` is all days and units (none past the page's date: a schedule of what is to come)."""
    text, events = ctx.doc.text, []
    while (m := UNIT_DAY_BEFORE.match(text, start, end)) and ctx.dates_in(*m.span("day")):
        day = _schedule_day(ctx, *m.span("day"))
        units = split_targets(ctx, *m.span("units"), for_feedback=True)
        if day is None or not units:
            return []
        events.append(FeedbackEvent(m.end(), units, team, given=True, day=day))
        start = m.end()
    return events if not text[start:end].strip(UNIT_GROUP_SEPARATORS + "。") else []


def _accepted_on_days(ctx: Ctx, m: re.Match[str]) -> list[FeedbackEvent]:
    """A（4月8日）、B（4月9日）接受T反馈 / C（4月11日）、D（4月12日）分别接受T1、T2反馈 (FEEDBACK_ACCEPTED): each unit fed back on
    the day in brackets after it (a unit without one on no day it states), by the one team named (or, after 分别, by the
    team of its place in the list); none unless a unit has its day and the teams fit."""
    text = ctx.doc.text
    accepted = text.find("接受", m.end("targets"))
    start, end = _trim_separators(text, m.start("targets"), accepted)
    each = text.endswith("分别", start, end)
    items = _spans_between(text, start, end - 2 if each else end, "、")
    dated = [UNIT_DAY_BRACKETED.fullmatch(text, a, b) for a, b in items]
    teams = ctx.within(ctx.teams, accepted, m.end())
    days = [_schedule_day(ctx, *d.span("day")) if d else None for d in dated]
    if not any(days) or not (len(teams) == 1 or each and len(teams) == len(items)):
        return []
    events: list[FeedbackEvent] = []
    for k, ((a, b), d, day) in enumerate(zip(items, dated, days)):
        if not (units := split_targets(ctx, *(d.span("unit") if d else (a, b)), for_feedback=True)):
            return []
        events.append(FeedbackEvent(d.end("day") if d else b, units, teams[k if len(teams) > 1 else 0], given=True,
                                    day=day, dated=bool(day)))
    return events


# 分别于6月12日、13日 / 先后于… / 分别为…: what opens a series of days, one a unit or statement in order.
EACH_OWN_DAY = re.compile(r"(?:分别|先后)(?:于|在|为|是)?\s*$")
# 接受T反馈，反馈时间分别为6月13日、14日、15日: the days of the units before, in order, in a clause after the team's.
DAYS_EACH_AFTER = re.compile(r"[ \t\u3000]*[,，][ \t\u3000]*反馈(?:时间|日期)分别(?:为|是)[:：]?[ \t\u3000]*")


def _accepted_on_series(ctx: Ctx, sentence: Sentence, m: re.Match[str]) -> list[FeedbackEvent]:
    """A、B分别于6月12日、13日接受T反馈 / A、B、C接受T反馈，反馈时间分别为6月13日、14日、15日 (FEEDBACK_ACCEPTED): each unit
    fed back by the one team named on the day of its place in the series; none unless the days are as many as the units
    and none is to come."""
    text = ctx.doc.text
    accepted = text.find("接受", m.end("targets"))
    teams = ctx.within(ctx.teams, accepted, m.end())
    if len(teams) != 1:
        return []
    end, after = accepted, None
    days = _days_each(ctx, sentence, accepted)
    if days:  # (the units end where the series' 分别 or 先后 opens)
        end = max(text.rfind("分别", m.start("targets"), accepted), text.rfind("先后", m.start("targets"), accepted))
    elif after := DAYS_EACH_AFTER.match(text, m.end(), sentence.end):
        stop = LIST_STOP.search(text, after.end(), sentence.end)
        days = _days_each(ctx, sentence, stop.start() if stop else sentence.end)
    host = _host(ctx, m.start("targets"), end, accepting=True) if days and end > m.start("targets") else None
    units = split_targets(ctx, *host, for_feedback=True) if host else []
    if not units or len(units) != len(days) or any(day > (ctx.doc.metadata.issued or "9999") for day in days):
        return []
    return [FeedbackEvent(accepted, [unit], teams[0], given=True, day=day, after=after.end() if after else None)
            for unit, day in zip(units, days)]


def _schedule_day(ctx: Ctx, start: int, end: int) -> str | None:
    """The day a schedule's entry gives between ``start`` and ``end`` (ISO, a whole day), where it is not after the page's
    date (a schedule of what is to come gives none)."""
    dated = ctx.dates_in(start, end)
    day = dated[0][1] if dated else None
    return day if day and len(day) == ISO_DAY_LENGTH and (ctx.doc.metadata.issued or "9999") >= day else None


def _team_colon_line(ctx: Ctx, para: Block) -> bool:
    """Whether the line opens with a team (after its number or bullet) and a colon after it (县委第一巡察组：…)."""
    first = _opening_team(ctx, para)
    return first is not None and TEAM_LINE_COLON.match(ctx.doc.text, first.end, para.end) is not None


def _under_schedule(ctx: Ctx, sentence: Sentence) -> re.Match[str] | None:
    """The lead of the schedule a clause ；joins after it goes on with (…召开:11月20日上午向A;⏎21日上午向B), if any."""
    text = ctx.doc.text
    if not DAY_TO.match(text, sentence.start):
        return None
    return next((lead for b in _joined_before(ctx, sentence) if (lead := SCHEDULE_LEAD.search(text, b.start, b.end))), None)


def _days_each(ctx: Ctx, sentence: Sentence, pos: int) -> list[str]:
    """分别于11月16日、17日、18日向… / 先后于6月9日、10日向… / 11月14日、15日,X组分别向…: the days listed right before ``pos``
    after 分别 or 先后 (于/在), or opening the clause whose team then does so 分别, one for each statement paired in order
    (ISO; empty where the clause lists no days so)."""
    date = last_date_before(ctx, sentence, pos)
    if date is None or date[1] is None or len(date[1]) != ISO_DAY_LENGTH:
        return []
    text = ctx.doc.text
    if not date[0].attrs.get("series"):
        return _dates_each(ctx, sentence, pos, date)
    if not (EACH_OWN_DAY.search(text, max(sentence.start, date[0].start - 4), date[0].start)
            or SERIES_THEN_EACH.fullmatch(text, date[0].end, pos)):
        return []
    return [date[1]] + [f"{date[1][:8]}{d:02d}" for d in date[0].attrs["series"]]


def _dates_each(ctx: Ctx, sentence: Sentence, pos: int, last: tuple[Mention, str | None, str | None]) -> list[str]:
    """10月31日、11月1日、11月2日,X组分别向A、B、C反馈 / 分别于10月31日、11月1日向…: days written in full, parted by 、, before
    the clause's 分别 (or after it), one for each statement in order (ISO; empty where there is no such run)."""
    text, days = ctx.doc.text, [last]
    while (before := last_date_before(ctx, sentence, days[0][0].start)) and before[1] and len(before[1]) == ISO_DAY_LENGTH \
            and text[before[0].end:days[0][0].start].strip("日号") in ("、", "和", "及"):
        days.insert(0, before)
    if len(days) < 2:
        return []
    opening = EACH_OWN_DAY.search(text, max(sentence.start, days[0][0].start - 4), days[0][0].start)
    if not (opening or FULL_DAYS_THEN_EACH.fullmatch(text, last[0].end, pos)):
        return []
    return [d[1] for d in days]


def _pairs_before(ctx: Ctx, sentence: Sentence, pos: int) -> list[tuple[Mention, int, int]]:
    """中央第一巡视组向甲省委，中央第二巡视组向乙省委，中央第三巡视组向丙省委分别反馈 (or 对甲省，…对丙部开展巡视):
    the clauses before the last team's, each a team and 向/对 its units, share that team's verb (read back while
    each clause is one such). Each clause's team and the span of its units."""
    text = ctx.doc.text
    team = ctx.last_within(ctx.teams, sentence.start, pos)
    # (…省委第三巡视组关于对C开展专项巡视情况的汇报 / …T2分别向C、D反馈: the report's 关于, or 分别, between the last team and
    # its 对 or 向)
    if team is None or text[team.end:pos].strip() not in ("", "关于", "分别") \
            or text[team.start - 1:team.start] not in PAIR_SEPARATORS:
        return []
    # (县委第一巡察组对A、B;县委第二巡察组对C开展了常规巡察: the pairs run back over the clauses ；joins before)
    start = min((c.start for c in _joined_before(ctx, sentence)), default=sentence.start)
    pairs: list[tuple[Mention, int, int]] = []
    end = team.start - 1
    for before in ctx.backwards(ctx.teams, start, end):
        pair = TEAM_PAIR.fullmatch(text, before.end, end)
        if pair is None or not (before.start == start or text[before.start - 1] in PAIR_OPENERS) \
                or OWN_VERB.search(pair.group("targets")):
            break  # (第二巡视组对A、B开展巡视,第五巡视组对C…: a clause with its own verb is read by itself)
        pairs.append((before, *pair.span("targets")))
        end = before.start - 1
        if before.start == start or text[end] not in PAIR_SEPARATORS:
            break
    return pairs


def _subject_after_while(ctx: Ctx, end: int) -> Mention | None:
    """在向X市委反馈时,省委第一巡视组组长某某指出: the team that opens the clause after a 时 clause ending at ``end``
    gave the feedback the clause names."""
    clause = WHILE_CLAUSE.match(ctx.doc.text, end)
    teams = ctx.within(ctx.teams, clause.end(), clause.end() + WHILE_REACH) if clause else []
    return teams[0] if teams and teams[0].start == clause.end() else None


def _counted(span: str) -> list[str]:
    """向某某街道6个社区党委反馈: the counted units of a place, kept whole for resolve to read (not the place); not the
    places themselves counted as the kind they are (向城关镇、桃坪镇、石门镇3个乡镇党委反馈: the three towns' committees)."""
    span = re.sub(r"^(?:分别|了)+", "", span.strip())
    if not COUNTED_UNITS.match(span):
        return []
    places = span.split("、")
    tail = PLACES_COUNTED_AS_KIND.search(places[-1])
    if tail and tail.start() > 0 and numeral_value(tail.group("n")) == len(places) \
            and all(p.endswith(tail.group("level")) or p.endswith(("镇", "乡")) and tail.group("level") == "乡镇"
                    for p in places[:-1] + [places[-1][:tail.start()]]):
        return []
    return [span]


def _target_parts(ctx: Ctx, start: int, end: int, single: bool = False) -> list[str]:
    """The targets of a list cut by commas (A、B镇党委,C局党组) or by a new 对 (对A,对B): every part must be a list
    of units (a clause between them is no list); without a cut, the list is FEEDBACK_TO's unless ``single``.
    A part may open with the inspection that covered its units (常规巡视涉及的A)."""
    text = ctx.doc.text
    cuts = list(TARGET_PARTS.finditer(text, start, end))
    if (not cuts and not single) or len(cuts) >= MAX_TARGET_PARTS:
        return []
    bounds = [start] + [c.end() for c in cuts]
    ends = [c.start() for c in cuts] + [end]
    out: list[str] = []
    for s, e in zip(bounds, ends):
        involved = INVOLVED.match(text[s:e])
        part = split_targets(ctx, s + (involved.end() if involved else 0), e, for_feedback=True)
        if not part:
            return []
        out += part
    return list(dict.fromkeys(out))


def _presider(ctx: Ctx, sentence: Sentence) -> str | None:
    """X主持 in the feedback's sentence, the two after it or the one before it (会议由X主持。会上,…反馈), in the
    same paragraph."""
    i = ctx.sentence_index(sentence)
    para_start, para_end = ctx.paragraph_start(sentence.start), ctx.paragraph_end(sentence.start)
    for s in ctx.doc.sentences[i:i + 3] + ctx.doc.sentences[max(i - 1, 0):i]:
        if not para_start <= s.start < para_end:
            continue
        for p in ctx.within(ctx.people, s.start, s.end):
            if PRESIDE.match(ctx.doc.text, p.end):
                return p.text
    return None


@stage("relations")
def relations(doc: Document) -> Document:
    """People and posts, one raw team per team mention, inspections and feedback, in surface forms."""
    ctx = Ctx.of(doc)
    people_and_posts(ctx)
    raw_teams(ctx)
    found, summed = inspections(ctx)
    fbs = feedback(ctx)
    for n, (insp, sentence) in enumerate(found, 1):
        insp.key = f"inspection-{n}"
    # A feedback in the same sentence as an inspection is that inspection's (…巡察完成后…进行了反馈): each sentence's
    # inspections, in order.
    in_sentence: dict[int, list[Inspection]] = {}
    for insp, sentence in found:
        in_sentence.setdefault(id(sentence), []).append(insp)
    # … or, with no target of its own, the inspection its team's paragraph states (…对A开展了巡察。第四巡察组反馈问题19个).
    in_paragraph: dict[tuple[int, str | None], Inspection] = {}
    for insp, sentence in found:
        in_paragraph.setdefault((ctx.paragraph_start(sentence.start), insp.team), insp)
    # (10月15日,巡察组来到A召开反馈会。副组长某某反馈了巡察情况: a feedback naming no unit after one naming its unit in
    # the paragraph is that meeting, said again)
    told: dict[int, set[str | None]] = {}  # paragraph → the teams of its dated feedback to named units
    for f, s in fbs:
        if f.targets and f.date:
            told.setdefault(ctx.paragraph_start(s.start), set()).add(f.team)
    fbs = [(f, s) for f, s in fbs if f.targets or not f.date or not f.team or id(s) in in_sentence
           or not any(t in (None, f.team) or BARE_TEAM.fullmatch(t) for t in told.get(ctx.paragraph_start(s.start), ()))]
    # (A组对X、B组对Y开展了巡察，11月下旬完成反馈 / …，并于6月向被巡察党组织反馈: a feedback of no team, to no unit or to the
    # inspected ones, in a sentence of several teams' inspections is each team's, of its inspection; 省委巡视组对8所省属高校党委
    # 开展了常规巡视，并于8月下旬反馈了巡视意见 … the 8 reports' titles: the count the units named sum up, its feedback each one's)
    def each_ones(fb: Feedback, s: Sentence) -> list[Inspection]:
        several = in_sentence.get(id(s), []) if fb.team is None and all(INSPECTED_UNITS.match(t) for t in fb.targets) else []
        if len({i.team for i in several}) > 1:
            return several
        if fb.targets:
            return []
        if id(s) in summed:  # (its sentence's count, dropped for the units it sums up, or kept beside those a cut page lists)
            return summed[id(s)]
        if id(s) in in_sentence:
            return []
        # (…对4个市、12个省直单位开展了专项巡视。7月中旬，巡视组完成反馈。: the count's sentence before it in its paragraph,
        # no other inspection between)
        if fb.team is None or BARE_TEAM.fullmatch(fb.team):
            paragraph, i = ctx.paragraph_start(s.start), ctx.sentence_index(s)
            for before in reversed(doc.sentences[:i]):
                if before.start < paragraph or id(before) in in_sentence and id(before) not in summed:
                    break
                if id(before) in summed:
                    return summed[id(before)]
        return []

    fbs = [(replace(fb, inspection=i.key, targets=list(i.targets), team=i.team, evidence=list(fb.evidence)) if i else fb, s)
           for fb, s in fbs for i in each_ones(fb, s) or [None]]
    # (…省委第八巡视组对A进行了常规巡视。8月13日,巡视组向其反馈: a bare team's, the paragraph's last inspection before it)
    told_before: dict[int, list[tuple[int, Inspection]]] = {}
    for insp, s in found:
        told_before.setdefault(ctx.paragraph_start(s.start), []).append((s.start, insp))
    for n, (fb, sentence) in enumerate(fbs, 1):
        fb.key = f"feedback-{n}"
        paragraph = ctx.paragraph_start(sentence.start)
        # (a bare team's, 巡察组组长某某反馈了巡察情况, only an inspection told before it: not 巡察期间,巡察组还对B进行了延伸巡察
        # after it, the headline's unit's feedback said again)
        stated = in_paragraph.get((paragraph, fb.team)) if fb.team else None
        if stated is not None and BARE_TEAM.fullmatch(fb.team) and not any(
                insp is stated and at <= sentence.start for at, insp in told_before.get(paragraph, [])):
            stated = None
        told_here = in_sentence.get(id(sentence), [])
        own = next((i for i in told_here if i.team == fb.team), None) if fb.team else None
        same = own or next(iter(told_here), None) or stated or (
            next((insp for at, insp in reversed(told_before.get(paragraph, [])) if at <= sentence.start), None)
            if not fb.targets and (fb.team is None or BARE_TEAM.fullmatch(fb.team))
            and TO_THE_UNIT_SAID.search(ctx.doc.text, sentence.start, sentence.end) else None)
        if same and not fb.targets:
            fb.inspection = same.key
            fb.targets = list(same.targets)
            fb.team = same.team
    doc.facts.inspections.extend(i for i, _ in found)
    doc.facts.feedback.extend(f for f, _ in fbs)
    return doc
