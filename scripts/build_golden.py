"""Build the hand-verified golden reports of ``tests/data/golden/``.

Each golden report is typed here in code, cell by cell and paragraph by
paragraph, exactly as the source document prints it: the published totals (the
总计 column, the （七）总计 row, the 总计 cells of table 四) are typed as printed,
never computed, so that the consistency rules check the document and not this
script.  Run it from the repository root::

    python scripts/build_golden.py          # check, then write the JSON files
    python scripts/build_golden.py --check  # check, and compare with the files

Before writing, :func:`main` checks every report three ways: every T3-A, T3-B
(over the outcome rows of the report's layout), T3-C and T4 identity of the spec
holds, except those listed in :data:`EXPECTED_PROBLEMS` as failing in the document
itself (and those must fail); the report survives a JSON round trip; and the cells
and narrative match the source documents copied into ``tests/data/corpus/`` (glued
table rows re-glued, space-separated and Markdown cells in order, narrative text
re-joined).  ``tests/data/golden/README.md`` records the judgement calls; those of
the 洪泽区 reports are told where they are typed (see :func:`hongze_2023`).
"""

from __future__ import annotations

import datetime
import re
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from govinfo_report import (
    AppealGroup,
    AppealOutcome,
    AppealTable,
    Applicant,
    ApplicationTable,
    Decisions,
    DocumentCounts,
    Fees,
    GeneralSection,
    OrganKind,
    Period,
    ProactiveDisclosure,
    Report,
    Row,
    RowGroup,
    Section,
    Subsection,
    dumps,
    loads,
)
from govinfo_report.model import Amount, Count

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_DIR = ROOT / "tests" / "data" / "golden"
CORPUS_DIR = ROOT / "tests" / "data" / "corpus"

#: The six headings, each present once and in the format's order, in all three reports.
ALL_SECTIONS = tuple(Section)

# Organ kind of 平潭综合实验区: a judgement.  The zone is governed by its 管理委员会
# (党工委管委会), a body the province set up over the zone (平潭县人民政府 still exists;
# the 2021 page names it as 来源).  The report is the report of the zone's own level,
# compiled from all the zone's units (2022: 汇总平潭综合实验区各有关单位), and it covers
# 工作考核、社会评议和责任追究 as a government's report must (条例第五十条第四项).  Both
# reports were published in February (2022-02-08, 2023-02-20): after a department's
# 1月31日 deadline, before a government's 3月31日 one.  So it is taken as a GOVERNMENT,
# which OrganKind.infer (a name ending in 人民政府) cannot guess: the kind is set here.


def pingtan_2021() -> Report:
    """平潭综合实验区2021年度政府信息公开工作年度报告 (pingtan-2021.txt).

    A web page whose table cells are glued together with no separator: each
    row below is given with the digits it was printed as.  A row that can be
    cut in more than one way is explained where it is typed.
    """
    return Report(
        organ="平潭综合实验区",
        organ_kind=OrganKind.GOVERNMENT,
        year=2021,
        # The page's heading and the header's 标题 say 2021年度, not the usual 2021年.
        title="平潭综合实验区2021年度政府信息公开工作年度报告",
        # 发布时间: 2022-02-08 16:34 (header block and the page's 时间).
        publication_date=datetime.date(2022, 2, 8),
        # 统计期限自2021年1月1日起至2021年12月31日止
        period=Period(datetime.date(2021, 1, 1), datetime.date(2021, 12, 31)),
        section_order=ALL_SECTIONS,
        # After the page chrome (当前位置 … 相关链接： -->), up to 一、总体情况.
        preamble=(
            "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）、"
            "《福建省人民政府办公厅关于编制公布2021年政府信息公开工作年度报告有关事项的通"
            "知》等文件要求，我区编制完成了本报告。本报告包括总体情况、主动公开政府信息情况、"
            "收到和处理政府信息公开申请情况、因政府信息公开申请行政复议、提起行政诉讼的情况、"
            "政府信息公开工作存在的主要问题及改进情况和其他需要报告的事项等六个部分。"
            "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。"
            "本报告的电子版可在平潭综合实验区党工委管委会政府门户网站"
            "（www.pingtan.gov.cn）的“政府信息公开专栏”中下载。"
            "如对本报告有任何疑问，请与平潭综合实验区政府信息公开工作领导小组办公室联系。"
            "联系地址：平潭综合实验区北厝金井湾片区管委会大楼主楼14层；邮编：350400；"
            "电话/传真：0591-23165370。"
        ),
        general=GeneralSection(
            intro=(
                "2021年，我区以习近平新时代中国特色社会主义思想为指导，"
                "全面贯彻党的十九大和十九届历次全会精神，立足新发展阶段、贯彻新发展理念、"
                "构建新发展格局，坚持以人民为中心深化政务公开，"
                "紧紧围绕省里各项工作部署及实验区中心工作，聚焦企业和群众关注关切，"
                "不断拓展重点领域信息公开的广度与深度，强化政策发布解读服务，"
                "努力推动政府决策和管理服务更加透明规范，为服务全区经济社会发展、"
                "优化营商环境提供了重要保障，助力服务型政府建设。"
            ),
            # The page prints each heading and its text in one run: 「（一）主动公开方面。按照…」.
            # The title ends at its first 。, which is a separator and is not kept.
            subsections=[
                Subsection(
                    "主动公开方面",
                    (
                        "按照“公开为常态，不公开为例外”的要求，推行“应公开尽公开”“应上网尽上网”，"
                        "积极主动公开各领域政府信息。全年主动公开我区各级单位政府信息2645条，"
                        "主要通过政府网站、政务新媒体、办公场所的LED屏及宣传栏、《平潭时报》、"
                        "电视广播等媒介进行公开。围绕重点领域深化信息公开：做好各类规划主动公开，"
                        "发布了实验区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要、"
                        "文化发展规划（2021-2035）、村庄规划等专项规划，展示了定位准确、"
                        "统一衔接的规划体系；推进监管执法信息公开,"
                        "通过微信公众号发布20680批次农产品抽检情况；加强决策预公开信息公开。"
                        "召开68海里景区观光区收费标准定价听证会并将相关信息上网公开。"
                        "及时回应社会关切，推出20期《问政平潭之有事您说》等相关栏目，"
                        "直面社会各界群众提出的实际问题，及时回复办理情况；根据"
                        "《平潭综合实验区管委会办公室关于加强政府门户网站政策文件解读发布工作的通"
                        "知》（岚综管办便函〔2021〕39号），按照“谁起草谁解读，应解读尽解读”"
                        "的原则，落实“同步起草、同步审签、同步发布”机制，对29项涉及群众切身利益、"
                        "重大公共利益、需广泛知晓的重要政策文件进行解读。"
                    ),
                ),
                Subsection(
                    "依申请公开方面",
                    (
                        "我区高度重视依申请公开工作的办理，按照《条例》"
                        "指导各单位完善和更新受理工作流程和内容，加强案例指导，规范答复文书格式。"
                        "组织各单位学习省财政厅"
                        "《关于做好政府信息公开信息处理费收入收缴管理有关事项的通知》（闽财非税函"
                        "〔2021〕1号），要求各单位依法落实信息处理费有关规定。"
                        "坚持第一时间登记受理、第一时间转送承办单位和第一时间回复申请的“三个一”"
                        "工作机制，对疑难申请采取专题会的方式，组织相关部门会商探讨，"
                        "提升答复的针对性、规范性和严谨性。本年度全区共收到70件申请，"
                        "及时依法依规办结69件，1件结转下年度继续办理。"
                    ),
                ),
                Subsection(
                    "政府信息管理方面",
                    (
                        "一是加强组织领导。全区政府信息公开单位均明确一名分管领导和一名经办人员，"
                        "负责政府信息公开工作，确保公开信息的收集、审核、发布到位。"
                        "二是规范审核审核发布机制。落实政府信息发布审核制度，"
                        "认真做好政府信息保密审查，严把政治关、法律关、政策关、保密关、文字关、"
                        "意识形态关。三是不断创新工作方法。不断改造升级OA系统与门户网站，"
                        "探索OA系统电子化公文与门户网站实时交互，"
                        "实现主动公开的电子公文自动上网发布。"
                    ),
                ),
                Subsection(
                    "平台载体建设方面",
                    (
                        "按照《国务院办公厅秘书局关于印发政府网站与政务新媒体检查指标、"
                        "监管工作年度考核指标的通知》"
                        "《平潭综合实验区政府网站与政务新媒体管理暂行办法》等要求，"
                        "不断调整优化政府网站与政务新媒体栏目设置，规范政府网站与政务新媒体运维，"
                        "先后关停未进行规范管理的政务新媒体2个。依托省政务新媒体监管服务平台，"
                        "对全区政务新媒体的更新周期、内容等进行监管。"
                        "加强全区政府网站与政务新媒体日常监测，"
                        "及时将监测发现的问题反馈给责任单位进行整改。"
                    ),
                ),
                Subsection(
                    "监督保障方面",
                    (
                        "常态化开展督查检查，组织4次季度政务公开检查，并将检查发现的问题通报全区。"
                        "细化年度政务公开考核标准，制定考核细则，切实发挥考核促进工作的良性作用。"
                        "引入第三方评估公司，对全区政务公开工作及各政务公开单位工作情况进行评估，"
                        "以评估促提升，切实提升我区政务公开质效。"
                    ),
                ),
            ],
        ),
        proactive=ProactiveDisclosure(
            # 规章 000
            rules=DocumentCounts(issued=0, repealed=0, in_force=0),
            # 行政规范性文件 693665: table 二 has no identity to cut it.  现行有效 is 665:
            # the 2022 report prints 88 / 55 / 698 (its narrative confirms 88 and 698),
            # and 665 + 88 - 55 = 698 exactly (rule X-2).  That leaves 69 / 3 or 6 / 93
            # for 制发 / 废止.  69 / 3 is chosen as in line with the zone's other years
            # (2022: 88 制发; 2020, 2019 edition: "7777166", most plausibly 77 新制作).
            # This one cut is a judgement, not a consequence of any rule (see the README).
            normative_docs=DocumentCounts(issued=69, repealed=3, in_force=665),
            licensing=Decisions(2293),
            penalty=Decisions(1282),
            coercion=Decisions(42),
            # 24252.311082 万元 as printed: 242,523,110.82 元, exact to the fen.
            admin_fees=Fees(Decimal("24252.311082")),
        ),
        # Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
        # Each row's 总计 must be the sum of its six parts (T3-C); a 总计 cannot be cut
        # shorter or longer than below, because the parts would then not add up to it.
        applications=ApplicationTable(
            (
                # 一、本年新收 "640020470": 总计 70 (the narrative: 共收到70件申请);
                # 64/0/0/2/0/4 is the only cut of "6400204" that adds up to 70
                # (6/40/0/2/0/4 = 52, 6/4/0/0/20/4 = 34).
                (64, 0, 0, 2, 0, 4, 70),
                # 二、上年结转 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （一）予以公开 "270020130": 总计 30 (130 would leave 2+7+0+0+2+0 = 11).
                # Two cuts of "2700201" add up to 30: 27/0/0/2/0/1 and 2/7/0/0/20/1.
                # Only the first is consistent with the whole table: （七）总计 has
                # 商业企业 0 and 法律服务机构 0 (the second cut puts 7 and 20 there), and
                # in 自然人 the outcome rows must add up to （七）'s 63: the other rows
                # give 5+1+6+1+1 = 14, so （一） and （四）1 must give 49 = 27 + 22
                # (T3-B); T3-A then holds: 64 + 0 = 63 + 1.
                (27, 0, 0, 2, 0, 1, 30),
                # （二）部分公开 "500000 5" (the space is printed before 总计)
                (5, 0, 0, 0, 0, 0, 5),
                # （三）1.属于国家秘密 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （三）2.其他法律行政法规禁止公开 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （三）3.危及“三安全一稳定” "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （三）4.保护第三方合法权益 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （三）5.属于三类内部事务信息 "1000001"
                (1, 0, 0, 0, 0, 0, 1),
                # （三）6.属于四类过程性信息 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （三）7.属于行政执法案卷 "6000006"
                (6, 0, 0, 0, 0, 0, 6),
                # （三）8.属于行政查询事项 "1000001"
                (1, 0, 0, 0, 0, 0, 1),
                # （四）1.本机关不掌握相关政府信息 "220000325": 总计 25 (325 would leave
                # 2+2+0+0+0+0 = 4).  Two cuts of "2200003" add up to 25: 22/0/0/0/0/3 and
                # 2/20/0/0/0/3.  The second puts 20 under 商业企业, whose （七）总计 is 0,
                # and leaves 自然人 short (27 + 2 + 14 = 43, not 63): only 22/0/0/0/0/3
                # satisfies T3-B (see （一） above).
                (22, 0, 0, 0, 0, 3, 25),
                # （四）2.没有现成信息需要另行制作 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （四）3.补正后申请内容仍不明确 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （五）1.信访举报投诉类申请 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （五）2.重复申请 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （五）3.要求提供公开出版物 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （五）4.无正当理由大量反复申请 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （五）5.要求行政机关确认或重新出具已获取信息 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （六）1.申请人无正当理由逾期不补正… "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （六）2.申请人逾期未按收费通知要求缴纳费用… "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （六）3.其他 "1000001"
                (1, 0, 0, 0, 0, 0, 1),
                # （七）总计 "630020469": 总计 69 (the narrative: 办结69件; 469 would leave
                # 6+3+0+0+2+0 = 11); 63/0/0/2/0/4 is the only cut of "6300204" that adds
                # up to 69 (6/30/0/2/0/4 = 42, 6/3/0/0/20/4 = 33).
                (63, 0, 0, 2, 0, 4, 69),
                # 四、结转下年度继续办理 "1000001" (the narrative: 1件结转下年度)
                (1, 0, 0, 0, 0, 0, 1),
            )
        ),
        # 行政复议, 未经复议直接起诉, 复议后起诉; each 结果维持, 结果纠正, 其他结果, 尚未审结,
        # 总计.  Printed as "10203120001200000": 17 digits for 15 cells.  Of all the cuts
        # without a leading zero, only 1/0/2/0/3 | 12/0/0/0/12 | 0/0/0/0/0 makes each
        # 总计 the sum of its four parts (T4-1..3): 行政复议 must open 1, 0, 2, 0 with
        # 总计 3 (10/2/0/3 would need 总计 15), and then "1200012" can only be 12/0/0/0/12.
        appeals=AppealTable(
            (
                (1, 0, 2, 0, 3),
                (12, 0, 0, 0, 12),
                (0, 0, 0, 0, 0),
            )
        ),
        # Printed as one run with its own sub-headings （一）存在的主要问题: and （二）改进措施：;
        # the page gives no paragraph break, so none is made up here.
        problems=(
            "（一）存在的主要问题:政策解读形式不够丰富，未能充分运用数字化、"
            "图表图解等方式通俗易懂地解读政策文件。政务公开质量水平有待提高，"
            "政务公开渠道有限，在利用政务新媒体开展宣传方面还难以满足群众需要。（二）"
            "改进措施：一是丰富政策解读形式，做到政务公开精准、生动、全方位、多形式，"
            "注重对政策背景、出台目的、重要举措内涵等方面进行解读，提升政策解读质量。"
            "二是加强重点政务信息管理，及时优化调整完善公开内容和方式，强化重点领域信息公开，"
            "主动及时公开规划计划、财政预决算、重大项目、重大民生等方面信息。"
            "三是拓宽公开载体和渠道，扩大政务公开的范围和内容，坚持线上与线下相结合，"
            "充分发挥政府网站和政务新媒体作用。"
        ),
        # The page's 附件下载 link after it is chrome, not report text.
        other="2021年，无收取信息处理费情况。",
    )


def pingtan_2022() -> Report:
    """平潭综合实验区2022年度政府信息公开工作年度报告 (pingtan-2022.txt).

    Glued cells as in 2021, but with spaces between some labels and digits;
    table 四 has spaces between all its cells.  The heading of section 四 is
    printed 「四、政府信息公开行政法复议、行政诉讼情况」 (a typo for 行政复议).
    The page separates paragraphs with a space: each such space is a "\\n" here.
    """
    return Report(
        organ="平潭综合实验区",
        organ_kind=OrganKind.GOVERNMENT,
        year=2022,
        # The body prints no title; the page's 标题 says 2022年度, not the usual 2022年.
        title="平潭综合实验区2022年度政府信息公开工作年度报告",
        # 发布时间: 2023-02-20 15:07 (header block).
        publication_date=datetime.date(2023, 2, 20),
        # 统计时限为2022年1月1日至2022年12月31日
        period=Period(datetime.date(2022, 1, 1), datetime.date(2022, 12, 31)),
        section_order=ALL_SECTIONS,
        preamble=(
            "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）、"
            "《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年"
            "度报告格式>的通知》（国办公开办函〔2021〕30号）等文件要求，"
            "汇总平潭综合实验区各有关单位政府信息公开工作情况编制而成。"
            "本报告中所列数据统计时限为2022年1月1日至2022年12月31日。"
            "对本报告如有疑问，请与平潭综合实验区管委会办公室保密与电子政务处联系（地址："
            "平潭综合实验区金井湾商务营运中心7号楼14层，邮编：350400，电话："
            "0591-23165385）。"
        ),
        general=GeneralSection(
            intro=(
                "2022年，平潭综合实验区坚持以习近平新时代中国特色社会主义思想为指导，"
                "深入学习贯彻党的二十大精神，在省委省政府坚强领导下，认真执行《条例》相关规定，"
                "紧紧围绕实验区党工委、管委会决策部署，强化责任担当，加强信息公开平台建设，"
                "扎实推进政务公开工作，为全区经济社会平稳健康发展提供有力保障。"
            ),
            # Each heading is followed by a space, not by 。: 「（一）主动公开方面 平潭…」.
            subsections=[
                Subsection(
                    "主动公开方面",
                    (
                        "平潭综合实验区切实落实国务院办公厅、省政府办公厅关于政务公开工作有关要求，"
                        "持续推进基础信息公开、深化重点领域信息公开，"
                        "2022年全区共主动公开政府信息14571条。一是做好规范性文件公开。"
                        "设立规范性文件库，集中公开现行有效行政规范性文件698件，"
                        "动态更新本年度制发的规范性文件88件。二是做好各类规划公开。设立“十四五”"
                        "规划和专项规划、空间规划、区域规划专栏，本年度公开信息77条。"
                        "三是做好惠企纾困政策公开。在网站显眼位置设立专栏，发布政策文件20件，"
                        "同时共享全省政策文件，助力企业“一站式”查询了解惠企纾困政策。"
                        "四是做好减税降费信息公开。集中推送各项减税降费政策，助力执行单位和纳税人、"
                        "缴费人第一时间了解政策；公开以税费优惠进行诈骗的典型案例，"
                        "对相关企业起到警示作用。五是做好公共企事业单位信息公开。开设民生相关专栏，"
                        "公开卫生健康、教育、公共交通、新闻传播、供电、供水、"
                        "供气等8个领域公共企事业单位信息。六是做好疫情防控专栏优化。"
                        "新增核酸检测机构、发热门诊、疫苗接种机构查询功能，规范、"
                        "集中公开疫情防控信息情况，主动回应社会关切，"
                        "同时将相关信息智能推送到政府网站首页显眼位置。"
                    ),
                ),
                Subsection(
                    "依申请公开方面",
                    (
                        "一是畅通依申请公开渠道，推动全区政务公开单位动态更新政府信息公开指南，"
                        "规范申请接收渠道指引，畅通线上、线下申请渠道，督促各有关单位及时受理，"
                        "提高答复时效性。二是规范依申请受理答复流程。坚持依法答复和优化办理机制"
                        "“两手抓”，由各单位相应的法律职能处室参与依申请公开答复合法性审查工作，"
                        "提高答复的规范性。同时，不断完善依申请公开登记、审核、办理、答复、"
                        "归档等环节工作程序。2022年，全区收到政府信息公开申请75件，"
                        "涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。"
                        "三是加强行政复议、行政诉讼案件的处理工作。根据国务院办公厅转发"
                        "《司法部关于审理政府信息公开行政复议案件若干问题指导意见的通知》，"
                        "联合相应的法律职能处室以及专业律师，规范办结案件。2022年，"
                        "全区政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件，均已结案。"
                    ),
                ),
                Subsection(
                    "政府信息管理方面",
                    (
                        "一是健全信息发布平台管理机制。实验区管委会办公室印发"
                        "《政府网站和政务新媒体工作管理方案》，"
                        "严格落实政府网站和政务新媒体信息发布时限、运行维护、保密安全等责任管理，"
                        "确保信息发布平台安全稳定运行。二是规范信息发布全流程，"
                        "实验区管委会办公室印发《政府网站和政务新媒体信息内容审核发布规范》，"
                        "建立规范的信息采集、审核、发布、更新流程，加强信息内容监管，"
                        "确保信息内容的真实性、完整性、可靠性、准确性和安全性。"
                        "三是加强规范性文件清理，对规范性文件文号、成文日期、发布日期、"
                        "有效性等要素进行规范标注，并要求各相关单位上传WORD和PDF版本的附件，"
                        "最大限度方便公众搜索、下载、查阅。"
                    ),
                ),
                Subsection(
                    "信息公开平台建设方面",
                    (
                        "进一步加强政府门户网站和政务新媒体等线上平台建设，改版提升政府门户网站，"
                        "规范全区政务新媒体管理，不断提升政府网上履职能力和服务水平。"
                        "一是优化升级实验区党工委管委会政府门户网站，"
                        "按照省政府办公厅发布的网站页面设计规范打造整体统一的的网站界面，"
                        "并根据用户需求和业务逻辑重新设计网站导航系统；同时，"
                        "上线智能问答等多项互动功能，新增社保等8个便民主题，不断升级网站服务模式。"
                        "二是加强政务新媒体管理，坚持“集约开设、及时注销”的原则，"
                        "对无人维护或信息更新不及时的政务新媒体进行关停，"
                        "对全区现存的33个政务新媒体加强信息更新、互动服务等方面监管。"
                        "三是督促各单位围绕本职工作，采用生动活泼、通俗易懂的语言，运用图标图解、"
                        "音频视频等公众喜闻乐见的形式发布政策信息，提供有效互动功能，持续深入推进"
                        "“互联网+政务服务”。"
                    ),
                ),
                Subsection(
                    "监督保障方面",
                    (
                        "一是压实工作责任。根据国务院办公厅2022年政务公开工作要点，实验区印发"
                        "《2022年全区政务公开工作主要任务分解表》。"
                        "实验区分管领导和办公室主要领导等多次召开工作部署会，"
                        "统筹安排全区政务公开工作，明确工作任务和工作要求，细化职责分工，"
                        "稳步推进全区政务公开工作。二是抓牢监督检查。结合工作考核机制进行抽查通报，"
                        "全年共组织4次政务公开季度检查通报，责令相关责任人进行整改检讨，"
                        "并将通报结果纳入绩效考核。定期开展“回头看”活动，聚焦重点栏目开设、"
                        "信息发布规范等方面，推进3轮督促整改工作。三是落实社会评议和责任追究制度。"
                        "2022年，实验区管委会政府信息公开工作积极主动接受社会评议，"
                        "未发生相关责任人责任追究问题情况，未出现违反有关法律规定、"
                        "造成不良影响或者严重后果的情况。"
                    ),
                ),
            ],
        ),
        proactive=ProactiveDisclosure(
            # 规章 000
            rules=DocumentCounts(issued=0, repealed=0, in_force=0),
            # 行政规范性文件 8855698: the narrative states 现行有效…698件 and 本年度制发的
            # 规范性文件88件, which leaves 55 废止 (and 665 + 88 - 55 = 698 against 2021).
            normative_docs=DocumentCounts(issued=88, repealed=55, in_force=698),
            licensing=Decisions(10690),
            penalty=Decisions(2113),
            coercion=Decisions(0),
            admin_fees=Fees(Decimal("9116.36")),
        ),
        # Every row below has exactly one cut whose six parts add up to its 总计 (T3-C);
        # the narrative confirms 一 + 二: 收到…申请75件，涉及自然人72件、商业企业3件.
        applications=ApplicationTable(
            (
                # 一、本年新收 "713000074" (7/13/0/0/0/0 would add up to 20, not 74)
                (71, 3, 0, 0, 0, 0, 74),
                # 二、上年结转 "1000001" (= 四 of 2021, rule X-1)
                (1, 0, 0, 0, 0, 0, 1),
                # （一）予以公开 "210000021" (2/10/0/0/0/0 would add up to 12, not 21)
                (21, 0, 0, 0, 0, 0, 21),
                # （二）部分公开 "8100009"
                (8, 1, 0, 0, 0, 0, 9),
                # （三）1.属于国家秘密 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （三）2.其他法律行政法规禁止公开 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （三）3.危及“三安全一稳定” "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （三）4.保护第三方合法权益 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （三）5.属于三类内部事务信息 "1000001"
                (1, 0, 0, 0, 0, 0, 1),
                # （三）6.属于四类过程性信息 "2000002"
                (2, 0, 0, 0, 0, 0, 2),
                # （三）7.属于行政执法案卷 "1000001"
                (1, 0, 0, 0, 0, 0, 1),
                # （三）8.属于行政查询事项 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （四）1.本机关不掌握相关政府信息 "370000037"
                (37, 0, 0, 0, 0, 0, 37),
                # （四）2.没有现成信息需要另行制作 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （四）3.补正后申请内容仍不明确 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （五）1.信访举报投诉类申请 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （五）2.重复申请 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （五）3.要求提供公开出版物 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （五）4.无正当理由大量反复申请 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （五）5.要求行政机关确认或重新出具已获取信息 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （六）1.申请人无正当理由逾期不补正… "2000002"
                (2, 0, 0, 0, 0, 0, 2),
                # （六）2.申请人逾期未按收费通知要求缴纳费用… "0000000"
                (0, 0, 0, 0, 0, 0, 0),
                # （六）3.其他 "0200002"
                (0, 2, 0, 0, 0, 0, 2),
                # （七）总计 "723000075" (7/23/0/0/0/0 would add up to 30, not 75)
                (72, 3, 0, 0, 0, 0, 75),
                # 四、结转下年度继续办理 "0000000"
                (0, 0, 0, 0, 0, 0, 0),
            )
        ),
        # "0 1 1 0 2 1 0 0 0 1 0 0 0 0 0": separated by spaces.  The narrative agrees:
        # 行政诉讼案件1件、行政复议案件2件，均已结案 (尚未审结 0 in every group).
        appeals=AppealTable(
            (
                (0, 1, 1, 0, 2),
                (1, 0, 0, 0, 1),
                (0, 0, 0, 0, 0),
            )
        ),
        problems=(
            "2022年，平潭综合实验区政府信息公开工作取得了一定成绩，"
            "但还存在一些问题和不足：一是重大行政决策预公开程度需进一步加强，"
            "意见征集形式较为单一。二是部分重点领域信息公开深度不足，"
            "重点项目建设未进行全流程信息公开。三是政策解读形式单一，"
            "缺少多个角度多种形式的解读。"
            "\n2023年，我区将采取以下措施加以改进。一是丰富意见征集形式，将座谈会、"
            "听证会、问卷调查和民意调查等多种方式广泛听取意见，及时公开意见反馈信息，"
            "深化重大行政决策预公开程度。二是加大重点领域公开信息整合归类力度，"
            "形成统一规范的公开标准，持续深化重点领域信息公开，不断提升信息公开的广度和深度。"
            "三是丰富政策解读形式和方式，通过发表文章、政策问答、在线访谈、答记者问、"
            "新闻发布会等形式，利用图表图解、音频、视频等多种解读方式提高解读效果。"
        ),
        other="2022年，无收取信息处理费情况。",
    )


def huaian_2024() -> Report:
    """淮安市人民政府2024年政府信息公开工作年度报告 (huaian-2024.pdf).

    Read from huaian-2024.pdf.txt and huaian-2024.tabs.txt, checked against
    the PDF's characters and line positions (read once with pdfminer.six,
    which the project does not need).  The PDF holds no space
    character at all: the spaces that text extraction puts between Chinese and
    digits (「2024 年」) are gaps of Word's CJK/Latin spacing, so the text here
    has none (「2024年」).  Lines are joined without a space; a paragraph starts
    where the PDF indents its first line (two characters), and only there.
    Page numbers (``- 4 -``) are page furniture and are left out.
    """
    return Report(
        organ="淮安市人民政府",
        organ_kind=OrganKind.GOVERNMENT,
        year=2024,
        # Printed on two lines, 淮安市人民政府 / 2024 年政府信息公开工作年度报告: the usual title.
        title=None,
        # The document states no date of publication.
        publication_date=None,
        # 统计期限自2024年1月1日至2024年12月31日
        period=Period(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)),
        section_order=ALL_SECTIONS,
        # One paragraph: its lines after the first start at the margin.
        preamble=(
            "本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》"
            "（国令第711号）（以下简称《条例》）规定编制。"
            "报告所列统计期限自2024年1月1日至2024年12月31日。如对本报告有疑问，"
            "请与淮安市人民政府办公室联系（地址：淮安市翔宇南道1号，邮编：223001，"
            "电话：0517-83605210，电子邮箱：hazwgkc@163.com）。"
        ),
        general=GeneralSection(
            intro=(
                "2024年，我市坚持以习近平新时代中国特色社会主义思想为指导，"
                "认真学习宣传贯彻党的二十大和二十届二中、三中全会精神，按照党中央国务院、"
                "省委省政府决策部署和市委工作要求，严格落实《中华人民共和国政府信息公开条例》"
                "各项规定，圆满完成了各项任务。"
            ),
            # 「（一）主动公开情况。2024 年，…」: the title ends at its first 。, not kept.
            subsections=[
                Subsection(
                    "主动公开情况",
                    (
                        "2024年，市政府网站主动公开各类政府信息5500余条，"
                        "全年新增公开市政府规章1件、市政府及市政府办政策性文件11件，通过文字、"
                        "图片等形式制作政策解读21个，制作《淮安市人民政府公报》6期。"
                        "紧紧围绕保障民生、深化改革、科技创新等工作主线，组织召开了"
                        "“春节前后服务企业用工和促进返乡人员就业创业专项活动”"
                        "“建设‘四最’一流营商环境高质量推进产业发展”"
                        "“加快建设长三角北部重要产业科技创新高地的若干政策”等新闻发布会12场，"
                        "努力传递政府声音、宣传政策法规、回应舆论关切。"
                    ),
                ),
                Subsection(
                    "依申请公开情况",
                    (
                        "定期对政府信息公开申请集中的领域和热点问题进行研判，"
                        "探索从源头上解决实际问题。着力强化与申请人的直接沟通，准确了解申请人诉求，"
                        "提高答复的及时性和针对性。2024年，全市共受理政府信息公开申请3119件，"
                        "答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复），"
                        "均在法定期限内予以答复。政府信息公开行政复议351件，其中结果维持72件，"
                        "结果纠正64件，其他结果178件，尚未审结37件；政府信息公开行政诉讼46件，"
                        "其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。"
                    ),
                ),
                Subsection(
                    "政府信息管理情况",
                    (
                        "在政府网站、政务新媒体、政府公报等公开平台发布信息时，坚持“先审查、后公开”"
                        "“一事一审”工作原则，规范审查程序，建立健全重要事项公开保密审查协调机制，"
                        "落实政府信息公开属性源头认定机制，加强政府信息源头管理工作。"
                        "对政务公开平台已公开信息进行梳理，优化主动公开目录，着力为群众提供看得懂、"
                        "找得到、用得上的政府信息公开服务。"
                        "系统性排查全市各地各部门政务服务网办事指南、表格样表、"
                        "在线申请等与群众密切相关服务事项，并不断修改完善，积极构建权威、便捷、"
                        "高效的一体化互联网政务服务平台。"
                    ),
                ),
                Subsection(
                    "政府信息公开平台建设情况",
                    (
                        "进一步优化政务公开专栏设置，省市联动制作“全力巩固和增强经济回升向好态势”"
                        "“推动大规模设备更新和消费品以旧换新”等专题专栏。在日常读网巡查的基础上，"
                        "定期对政府信息公开栏目进行检查，将栏目不更新、政策解读不通俗易懂、"
                        "互动咨询不回应等问题列入重点检查范围。深入开展防治政务新媒体"
                        "“指尖上的形式主义”工作，聚焦解决政务新媒体开而少用、更新不及时、"
                        "不互动不回应、表述不规范等新老问题。截至目前，"
                        "全市在运维政务新媒体共计95个，在省办2024年四个季度政务新媒体检查抽查中，"
                        "合格率均为100%。"
                    ),
                ),
                Subsection(
                    "政府信息公开监督保障情况",
                    (
                        "根据省政务公开年度和季度监测指标，全年组织4次政府信息公开栏目全覆盖检查，"
                        "并出具各县区、各部门政务公开评估分报告。在日常巡查的基础上，"
                        "按季度开展政务新媒体专项检查，针对突出问题和日常共性问题，及时督促整改。"
                        "针对具体问题，创新开展调研式培训、过堂式培训，"
                        "不断提高全市政务公开工作人员的工作能力和水平。"
                    ),
                ),
            ],
        ),
        proactive=ProactiveDisclosure(
            rules=DocumentCounts(issued=1, repealed=0, in_force=11),
            normative_docs=DocumentCounts(issued=8, repealed=26, in_force=66),
            licensing=Decisions(447228),
            penalty=Decisions(3985758),
            coercion=Decisions(88283),
            admin_fees=Fees(Decimal("96171.6")),
        ),
        # Cells are separate in both text forms; the narrative confirms 一 (受理…3119件),
        # 二 (上年度结转申请34件), （七） (答复3050件) and 四 (103件顺延到下年度答复).
        applications=ApplicationTable(
            (
                # 一、本年新收政府信息公开申请数量
                (3001, 53, 0, 0, 61, 4, 3119),
                # 二、上年结转政府信息公开申请数量
                (34, 0, 0, 0, 0, 0, 34),
                # （一）予以公开
                (1288, 21, 0, 0, 50, 3, 1362),
                # （二）部分公开
                (447, 7, 0, 0, 0, 0, 454),
                # （三）1.属于国家秘密
                (2, 0, 0, 0, 0, 0, 2),
                # （三）2.其他法律行政法规禁止公开
                (30, 1, 0, 0, 0, 0, 31),
                # （三）3.危及“三安全一稳定”
                (5, 0, 0, 0, 0, 0, 5),
                # （三）4.保护第三方合法权益
                (6, 0, 0, 0, 0, 0, 6),
                # （三）5.属于三类内部事务信息
                (7, 1, 0, 0, 0, 0, 8),
                # （三）6.属于四类过程性信息
                (12, 0, 0, 0, 0, 0, 12),
                # （三）7.属于行政执法案卷
                (9, 0, 0, 0, 0, 0, 9),
                # （三）8.属于行政查询事项
                (105, 0, 0, 0, 0, 0, 105),
                # （四）1.本机关不掌握相关政府信息
                (746, 12, 0, 0, 10, 1, 769),
                # （四）2.没有现成信息需要另行制作
                (11, 0, 0, 0, 0, 0, 11),
                # （四）3.补正后申请内容仍不明确
                (1, 0, 0, 0, 0, 0, 1),
                # （五）1.信访举报投诉类申请
                (56, 6, 0, 0, 0, 0, 62),
                # （五）2.重复申请
                (25, 0, 0, 0, 0, 0, 25),
                # （五）3.要求提供公开出版物
                (0, 0, 0, 0, 0, 0, 0),
                # （五）4.无正当理由大量反复申请
                (0, 0, 0, 0, 0, 0, 0),
                # （五）5.要求行政机关确认或重新出具已获取信息
                (1, 0, 0, 0, 0, 0, 1),
                # （六）1、申请人无正当理由逾期不补正… (printed with 1、)
                (67, 3, 0, 0, 1, 0, 71),
                # （六）2、申请人逾期未按收费通知要求缴纳费用…
                (6, 0, 0, 0, 0, 0, 6),
                # （六）3、其他
                (108, 2, 0, 0, 0, 0, 110),
                # （七）总计
                (2932, 53, 0, 0, 61, 4, 3050),
                # 四、结转下年度继续办理
                (103, 0, 0, 0, 0, 0, 103),
            )
        ),
        # The narrative agrees: 行政复议351件 (72/64/178/37); 行政诉讼46件 = 26 + 20, with
        # 结果维持25 = 13 + 12, 结果纠正5 = 4 + 1, 其他结果9 = 8 + 1, 尚未审结7 = 1 + 6.
        appeals=AppealTable(
            (
                (72, 64, 178, 37, 351),
                (13, 4, 8, 1, 26),
                (12, 1, 1, 6, 20),
            )
        ),
        # Two paragraphs: the second, 针对存在问题…, starts on an indented line.
        problems=(
            "对照上级新要求和公众新期待，还有一些需要加强和改进的地方。主要表现在："
            "一是政策解读质量仍需提升，个别单位政策解读内容简单、形式单一；"
            "二是政务公开队伍建设还需进一步加强，个别单位存在人员配备不足、兼职多、"
            "流动性过快的问题。"
            "\n针对存在问题，下一步，我市将着力加强政策解读质效，"
            "重点提升解读的针对性和通俗化，探索建立政社合作、多元参与的政策宣传解读模式，"
            "开发更多可读、可视、可感的政策解读产品，积极回应企业和群众的实际需求；建立健全"
            "“传帮带”机制，对新上岗人员开展“面对面、手把手”指导，定期组织业务培训，"
            "全面提升政务公开工作队伍水平，同时加强先进典型宣传和正面激励，增强队伍凝聚力。"
        ),
        other=(
            "2024年，市政府严格落实《政府信息公开信息处理费管理办法》，"
            "全年收取政府信息公开信息处理费3940元。"
        ),
    )


# The two 洪泽区 reports print （六）其他处理 as one row (key R3_6), as the 2019 format did:
# their table 三 has 23 rows, in the single-other layout (Layout.SINGLE_OTHER).  Both were
# read from their born-digital PDFs (hongze-2023.pdf, hongze-2024.pdf, in ../shared/corpus/,
# not copied here): each cell of tables 二, 三 and 四 was read off a rendering of its page,
# and the text was taken from the PDF's own characters (read once with pdfminer.six, which
# the project does not need).  As in huaian-2024.pdf, the PDFs hold no space character at
# all: the spaces that text extraction shows (「2023 年」, 「健康发展 。」, 「落实 “三审三校”」)
# are layout gaps, so the text here has none.  Wrapped lines are joined with nothing between
# them; a paragraph starts only where the PDF indents a line, and page numbers are left out.
# The tables are then checked against hongze-202x.pdf.txt (and 2023's against hongze-2023.md)
# by program, the narrative against hongze-202x.pdf.txt (see all_problems).


def hongze_2023() -> Report:
    """洪泽区人民政府2023年政府信息公开工作年度报告 (hongze-2023.pdf).

    Table 四 is inconsistent as published: 行政复议 prints 10 / 1 / 0 / 0 with 总计 0,
    and 复议后起诉 5 / 0 / 0 / 0 with 总计 0.  It is kept as printed (T4-1 and T4-3 fail;
    see EXPECTED_PROBLEMS).  Table 三's label （三）2 is printed 「2.其他法律行政止公开」,
    a typo for 其他法律行政法规禁止公开: the row is R3_3_2 all the same.
    """
    return Report(
        # The title prints the organ as 「洪泽区人民政府」 (the 2024 title: 淮安市洪泽区人民政府);
        # the organ is kept as this report names itself, as for the other golden reports.
        organ="洪泽区人民政府",
        organ_kind=OrganKind.GOVERNMENT,
        year=2023,
        # Printed on two lines, 洪泽区人民政府 / 2023 年政府信息公开工作年度报告: the usual title.
        title=None,
        # The document states no date of publication.
        publication_date=None,
        # 统计期限自2023年1月1日起至2023年12月31日止
        period=Period(datetime.date(2023, 1, 1), datetime.date(2023, 12, 31)),
        section_order=ALL_SECTIONS,
        preamble=(
            "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》"
            "（国令第711号）（以下简称《条例》）要求编制此报告。"
            "报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。如对本报告有疑问，"
            "请与淮安市洪泽区人民政府办公室联系（地址：淮安市洪泽区洪泽湖大道90号，"
            "邮编：223100，电话：0517-87222589，电子邮箱：hzzwgk@126.com）。"
        ),
        general=GeneralSection(
            # 「规范、有序、健康发展」 as the PDF prints it (hongze-2023.md misplaces the 、).
            intro=(
                "2023年，洪泽区人民政府坚持以习近平新时代中国特色社会主义思想为指导，"
                "全面贯彻落实《条例》相关规范要求，不断完善政府信息公开制度，"
                "建立健全政府信息公开保障机制，始终将政务公开工作摆在重要位置，"
                "推进政府信息公开工作规范、有序、健康发展。"
            ),
            # 「（一）主动公开情况。主要通过…」: the title ends at its first 。, not kept.
            subsections=[
                Subsection(
                    "主动公开情况",
                    "主要通过政府门户网站主动公开政府文件、项目审批、通知公告等各类政府信息。"
                    "2023年，我区在政府网站平台主动公开政府信息1136条。",
                ),
                Subsection(
                    "依申请公开情况",
                    # 「受理渠」 as printed (for 受理渠道).
                    "进一步规范依申请公开流程，畅通依申请公开受理渠。"
                    "2023年全区受理政府信息公开申请21件，均在法定期限答复。",
                ),
                # The title stands on a line of its own, 「（三）政府信息管理情况。」, and the
                # text starts on the next, indented line.
                Subsection(
                    "政府信息管理情况",
                    "加强区政府门户网站及政务新媒体日常管理，运用第三方检测平台实行常态化监测，"
                    "执行信息审核发布制度。严格执行“分级审核、先审后发”程序，"
                    "落实“三审三校”制度，从严从实把好政治关、法律关、政策关、保密关、文字关，"
                    "未经审核的信息一律不准发布。",
                ),
                Subsection(
                    "政府信息公开平台建设情况",
                    "加强对区政府网站、政务新媒体动态全面监管，按照管理标准定期检查，"
                    "及时关停整合用户关注度低、更新不及时、无力运维的新媒体账号，"
                    "将相关功能进行集约整合。同时对存在未及时更新、空白栏目、"
                    "不良链接等问题进行严格督查，确保公开信息及时准确规范。",
                ),
                Subsection(
                    "政府信息公开监督保障情况",
                    "进一步细化分解政府门户网站和政务新媒体内容保障责任单位，形成工作清单，"
                    "做到任务具体、责任明确，确保政府门户网站和政务新媒体工作有序开展。"
                    "继续加强对政府网站和政务新媒体的日常维护监管，建立政府网站日常监测机制。",
                ),
            ],
        ),
        proactive=ProactiveDisclosure(
            # 规章 0 / 0 / 0
            rules=DocumentCounts(issued=0, repealed=0, in_force=0),
            # 行政规范性文件 0 / 5 / 5
            normative_docs=DocumentCounts(issued=0, repealed=5, in_force=5),
            licensing=Decisions(550),
            penalty=Decisions(4119),
            coercion=Decisions(195),
            # 7730.28 万元 as printed.
            admin_fees=Fees(Decimal("7730.28")),
        ),
        # 23 rows: （六）其他处理 is one row.  The narrative's 受理…申请21件 is 一 (21).
        applications=ApplicationTable(
            (
                # 一、本年新收政府信息公开申请数量
                (21, 0, 0, 0, 0, 0, 21),
                # 二、上年结转政府信息公开申请数量
                (0, 0, 0, 0, 0, 0, 0),
                # （一）予以公开
                (0, 0, 0, 0, 0, 0, 0),
                # （二）部分公开
                (4, 0, 0, 0, 0, 0, 4),
                # （三）1.属于国家秘密
                (1, 0, 0, 0, 0, 0, 1),
                # （三）2.其他法律行政止公开 (sic)
                (0, 0, 0, 0, 0, 0, 0),
                # （三）3.危及“三安全一稳定”
                (0, 0, 0, 0, 0, 0, 0),
                # （三）4.保护第三方合法权益
                (0, 0, 0, 0, 0, 0, 0),
                # （三）5.属于三类内部事务信息
                (0, 0, 0, 0, 0, 0, 0),
                # （三）6.属于四类过程性信息
                (1, 0, 0, 0, 0, 0, 1),
                # （三）7.属于行政执法案卷
                (1, 0, 0, 0, 0, 0, 1),
                # （三）8.属于行政查询事项
                (0, 0, 0, 0, 0, 0, 0),
                # （四）1.本机关不掌握相关政府信息
                (10, 0, 0, 0, 0, 0, 10),
                # （四）2.没有现成信息需要另行制作
                (3, 0, 0, 0, 0, 0, 3),
                # （四）3.补正后申请内容仍不明确 (after the page break)
                (0, 0, 0, 0, 0, 0, 0),
                # （五）1.信访举报投诉类申请
                (1, 0, 0, 0, 0, 0, 1),
                # （五）2.重复申请
                (0, 0, 0, 0, 0, 0, 0),
                # （五）3.要求提供公开出版物
                (0, 0, 0, 0, 0, 0, 0),
                # （五）4.无正当理由大量反复申请
                (0, 0, 0, 0, 0, 0, 0),
                # （五）5.要求行政机关确认或重新出具已获取信息
                (0, 0, 0, 0, 0, 0, 0),
                # （六）其他处理: one row, no sub-items
                (0, 0, 0, 0, 0, 0, 0),
                # （七）总计
                (21, 0, 0, 0, 0, 0, 21),
                # 四、结转下年度继续办理
                (0, 0, 0, 0, 0, 0, 0),
            )
        ),
        # As printed: 10 1 0 0 0 | 0 0 0 0 0 | 5 0 0 0 0.  Two 总计 are 0 where their parts
        # add up to 11 and to 5: inconsistent as published, not corrected here.
        appeals=AppealTable(
            (
                (10, 1, 0, 0, 0),
                (0, 0, 0, 0, 0),
                (5, 0, 0, 0, 0),
            )
        ),
        # One paragraph (its first line is indented, its other lines start at the margin).
        problems=(
            "2023年，洪泽区政府信息公开工作取得一定的成效，但对照上级要求，仍存在一定差距。"
            "如依申请公开工作规范性还有待提高、政务公开内容的深度和广度还有待提升、"
            "政务公开队伍建设有待加强等。针对存在问题，下一步，将切实抓好以下工作："
            "一是扎实推进依申请公开工作，全面梳理和优化工作流程、健全工作机制、"
            "强化部门协同配合，全面提升政府信息依申请公开规范化、专业化水平。"
            "二是围绕区委区政府中心工作，进一步梳理明确政务公开的重点领域，"
            "继续优化政务公开、政策解读、关切回应等工作。三是继续加强业务指导培训。"
            "实行政府信息公开工作人员跟班学习制度，"
            "不断提高各单位政府信息公开工作人员的思想认识和业务工作水平。"
        ),
        other=(
            "2023年，区政府严格落实《政府信息公开信息处理费管理办法》，"
            "全年收取政府信息公开信息处理费0元。"
        ),
    )


def hongze_2024() -> Report:
    """淮安市洪泽区人民政府2024年政府信息公开工作年度报告 (hongze-2024.pdf).

    Consistent: every T3-A, T3-B (over the 19 outcome rows of the single-other
    layout), T3-C and T4 identity holds.  The narrative's 受理政府信息公开申请17件
    is what 区政府办 handled on behalf of 区政府, where table 三 shows 95 (一): a
    difference of scope, not of reading; both are kept as printed.
    """
    return Report(
        organ="淮安市洪泽区人民政府",
        organ_kind=OrganKind.GOVERNMENT,
        year=2024,
        # Printed on two lines, 淮安市洪泽区人民政府 / 2024 年政府信息公开工作年度报告.
        title=None,
        publication_date=None,
        # 统计期限自2024年1月1日起至2024年12月31日止
        period=Period(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)),
        section_order=ALL_SECTIONS,
        preamble=(
            "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》"
            "（国令第711号）（以下简称《条例》）要求编制此报告。"
            "报告中所列数据统计期限自2024年1月1日起至2024年12月31日止。如对本报告有疑问，"
            "请与淮安市洪泽区人民政府办公室联系（地址：淮安市洪泽区洪泽湖大道90号，"
            "邮编：223100，电话：0517-87290606）。"
        ),
        general=GeneralSection(
            intro=(
                "2024年，淮安市洪泽区人民政府坚持以习近平新时代中国特色社会主义思想为指导，"
                "全面贯彻落实党中央国务院、省委省政府、淮安市委市政府关于全面推进政务公开工作的"
                "各项决策部署，围绕区委、区政府中心工作，以完善信息公开制度、"
                "推进公开平台建设为抓手，全面推动政务公开工作转职能、增效能、强功能，"
                "有力服务保障我区经济社会高质量发展。"
            ),
            subsections=[
                Subsection(
                    "主动公开情况",
                    "主要通过政府门户网站主动公开政府文件、项目审批、通知公告等各类政府信息。"
                    "2024年，我区在政府网站平台主动发布各类政府信息2428条，"
                    "公开政府常务会议7期，解读信息发布7条。",
                ),
                Subsection(
                    "依申请公开情况",
                    "根据《条例》和上级部门关于依申请办理的规范要求，强化组织领导、"
                    "规范办理流程，指导各部门采取自行办理、协同办理、"
                    "会商办理相结合的工作方式，确保依申请答复工作规范高效。"
                    "2024年，区政府办代表区政府受理政府信息公开申请17件，"
                    "均已在法定期限内予以答复。",
                ),
                Subsection(
                    "政府信息管理情况",
                    "加强区政府门户网站及政务新媒体日常管理，运用第三方检测平台实行常态化监测，"
                    "新增信息审核发布报备制度。严格执行“分级审核、先审后发”程序，"
                    "落实“三审三校”制度，从严从实把好政治关、法律关、政策关、保密关、文字关，"
                    "未经审核报备的信息一律不准发布。",
                ),
                Subsection(
                    "政府信息公开平台建设情况",
                    "加强对区政府网站、政务新媒体动态全面监管，"
                    "按照政务新媒体管理标准定期检查，对存在未及时更新、"
                    "不良链接等问题进行严格督查，及时关停整合用户关注度低、更新不及时、"
                    "无力运维的政务新媒体账号，确保公开信息及时准确规范。",
                ),
                Subsection(
                    "政府信息公开监督保障情况",
                    "将政府网站平台信息公开工作纳入全区高质量发展考核内容，"
                    "促进信息公开工作持续向好。紧盯重要时间节点，保障政务新媒体安全平稳运行，"
                    "及时转载党中央、国务院重大方针政策。",
                ),
            ],
        ),
        proactive=ProactiveDisclosure(
            # 规章 0 / 0 / 0
            rules=DocumentCounts(issued=0, repealed=0, in_force=0),
            # 行政规范性文件 3 / 0 / 8 (X-2 with 2023: 5 + 3 - 0 = 8)
            normative_docs=DocumentCounts(issued=3, repealed=0, in_force=8),
            licensing=Decisions(9487),
            penalty=Decisions(2776),
            coercion=Decisions(84),
            # 7545 万元 as printed.
            admin_fees=Fees(Decimal("7545")),
        ),
        # 23 rows: （六）其他处理 is one row.
        applications=ApplicationTable(
            (
                # 一、本年新收政府信息公开申请数量
                (95, 0, 0, 0, 0, 0, 95),
                # 二、上年结转政府信息公开申请数量 (2023's 四: 0)
                (0, 0, 0, 0, 0, 0, 0),
                # （一）予以公开
                (50, 0, 0, 0, 0, 0, 50),
                # （二）部分公开
                (9, 0, 0, 0, 0, 0, 9),
                # （三）1.属于国家秘密
                (0, 0, 0, 0, 0, 0, 0),
                # （三）2.其他法律行政止公开 (sic)
                (0, 0, 0, 0, 0, 0, 0),
                # （三）3.危及“三安全一稳定”
                (1, 0, 0, 0, 0, 0, 1),
                # （三）4.保护第三方合法权益
                (0, 0, 0, 0, 0, 0, 0),
                # （三）5.属于三类内部事务信息
                (0, 0, 0, 0, 0, 0, 0),
                # （三）6.属于四类过程性信息
                (1, 0, 0, 0, 0, 0, 1),
                # （三）7.属于行政执法案卷
                (1, 0, 0, 0, 0, 0, 1),
                # （三）8.属于行政查询事项
                (0, 0, 0, 0, 0, 0, 0),
                # （四）1.本机关不掌握相关政府信息 (on one line with its group label)
                (31, 0, 0, 0, 0, 0, 31),
                # （四）2.没有现成信息需要另行制作 (after the page break)
                (1, 0, 0, 0, 0, 0, 1),
                # （四）3.补正后申请内容仍不明确
                (0, 0, 0, 0, 0, 0, 0),
                # （五）1.信访举报投诉类申请
                (1, 0, 0, 0, 0, 0, 1),
                # （五）2.重复申请
                (0, 0, 0, 0, 0, 0, 0),
                # （五）3.要求提供公开出版物
                (0, 0, 0, 0, 0, 0, 0),
                # （五）4.无正当理由大量反复申请
                (0, 0, 0, 0, 0, 0, 0),
                # （五）5.要求行政机关确认或重新出具已获取信息
                (0, 0, 0, 0, 0, 0, 0),
                # （六）其他处理: one row, no sub-items
                (0, 0, 0, 0, 0, 0, 0),
                # （七）总计: 50 + 9 + 1 + 1 + 1 + 31 + 1 + 1 = 95
                (95, 0, 0, 0, 0, 0, 95),
                # 四、结转下年度继续办理
                (0, 0, 0, 0, 0, 0, 0),
            )
        ),
        # As printed: 1 1 0 0 2 | 1 0 0 0 1 | 2 0 1 0 3.
        appeals=AppealTable(
            (
                (1, 1, 0, 0, 2),
                (1, 0, 0, 0, 1),
                (2, 0, 1, 0, 3),
            )
        ),
        # Two paragraphs: the second, 针对存在问题…, starts on an indented line.
        problems=(
            "2024年，全区政府信息公开工作虽取得一定成绩，但对照上级要求和群众期盼，"
            "仍存在一些不足，主要是：个别部门对复杂申请件的研判能力不足，"
            "答复文书规范性有待提升，疑难问题协调处理机制尚需完善，"
            "政策解读的形式还不够丰富，政务新媒体运维管理还需加强等。"
            "\n针对存在问题，2025年我们将切实抓好以下工作：一是扎实推进依申请公开工作，"
            "全面梳理和优化工作流程、健全工作机制、强化部门协同配合，"
            "全面提升政府信息依申请公开规范化、专业化水平。"
            "二是加强对典型案例的研究、梳理和汇总。"
            "不定期更新编制适用性广、操作性强的依申请公开政府信息答复书模板，"
            "使各行政机关答复的方式、格式、不予公开依据等更加规范，"
            "有效降低行政复议、行政诉讼发生率和纠错率。三是继续加强业务指导培训，"
            "实行政府信息公开工作人员跟班学习制度，"
            "不断提高各单位政府信息公开工作人员的思想认识和业务工作水平。"
        ),
        other=(
            "2024年，区政府严格落实《政府信息公开信息处理费管理办法》，"
            "全年收取政府信息公开信息处理费0元。"
        ),
    )


#: The golden reports by file name (without .json), each built by its function.
REPORTS: dict[str, Callable[[], Report]] = {
    "pingtan-2021": pingtan_2021,
    "pingtan-2022": pingtan_2022,
    "huaian-2024": huaian_2024,
    "hongze-2023": hongze_2023,
    "hongze-2024": hongze_2024,
}

#: The identity checks that fail in a report as published, kept as printed (never
#: corrected): hongze-2023's table 四 prints 总计 0 under 10 / 1 / 0 / 0 and 5 / 0 / 0 / 0.
EXPECTED_PROBLEMS: dict[str, frozenset[str]] = {
    "hongze-2023": frozenset(
        ("T4 fails in RV: parts add up to 11", "T4 fails in LR: parts add up to 5")
    ),
}

# --- checks -----------------------------------------------------------------------

_PARTS = tuple(Applicant)[:-1]


def _count(report: Report, address: str) -> int:
    value = report.cell(address)
    if not isinstance(value, int):
        raise TypeError(f"{address} is {value!r}, not a count")
    return value


def identity_problems(report: Report) -> list[str]:
    """Every T3-A, T3-B, T3-C and T4 identity that does not hold, as messages."""
    problems: list[str] = []

    def cell(address: str) -> int:
        return _count(report, address)

    layout = report.applications.layout
    for column in Applicant:
        c = column.value
        # T3-A: 一 + 二 = （七） + 四
        if cell(f"R1[{c}]") + cell(f"R2[{c}]") != cell(f"R3_7[{c}]") + cell(f"R4[{c}]"):
            problems.append(f"T3-A fails in {c}")
        # T3-B: （七） = the sum of the outcome rows of the layout (21, or 19 with a
        # single （六） row)
        outcomes = sum(cell(f"{key}[{c}]") for key in layout.outcome_keys)
        if outcomes != cell(f"R3_7[{c}]"):
            problems.append(f"T3-B fails in {c}: outcomes add up to {outcomes}")
    for key in layout.row_keys:
        # T3-C: 总计 = the sum of the six applicant columns
        parts = sum(cell(f"{key}[{column.value}]") for column in _PARTS)
        if parts != cell(f"{key}[TOT]"):
            problems.append(f"T3-C fails in {key}: parts add up to {parts}")
    for group in AppealGroup:
        # T4-1..3: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结
        g = group.value
        parts = sum(cell(f"{g}.{outcome.value}") for outcome in tuple(AppealOutcome)[:-1])
        if parts != cell(f"{g}.total"):
            problems.append(f"T4 fails in {g}: parts add up to {parts}")
    return problems


def _compact(text: str) -> str:
    """*text* without page-number lines (``- 4 -``) and without any whitespace."""
    text = re.sub(r"^- \d+ -$", "", text, flags=re.MULTILINE)
    return re.sub(r"\s+", "", text)


def _between(text: str, start: str, end: str | None) -> str:
    i = text.index(start) + len(start)
    return text[i:] if end is None else text[i : text.index(end, i)]


def narrative_problems(
    report: Report, source: str, start: str, end: str | None, separator: str
) -> list[str]:
    """Compare the narrative with the source's, whitespace and page numbers removed.

    The text from *start* up to 二、 must be the preamble, 一、总体情况, the intro
    and each sub-section (marker, title, *separator*, text) in order; the text
    of 五 and of 六 (up to *end*) must be the report's, paragraph breaks removed.
    """
    text = _compact(source)
    markers = "一二三四五六七八九十"
    general = report.general
    built = report.preamble + Section.GENERAL.label + general.intro
    for marker, sub in zip(markers, general.subsections, strict=False):
        built += f"（{marker}）{sub.title}{separator}{sub.text}"
    problems = []
    if _between(text, start, Section.PROACTIVE.label) != built.replace("\n", ""):
        problems.append("the preamble or section 一 differs from the source")
    problems_text = _between(text, "五、存在的主要问题及改进情况", Section.OTHER.label)
    if problems_text != report.problems.replace("\n", ""):
        problems.append("section 五 differs from the source")
    if _between(text, Section.OTHER.label, end) != report.other.replace("\n", ""):
        problems.append("section 六 differs from the source")
    return problems


def _glued(values: Sequence[object]) -> str:
    return "".join(str(value) for value in values)


def glued_table_problems(report: Report, source: str) -> list[str]:
    """Check that the tables, re-glued, are what the source prints.

    For the web pages whose cells are glued: table 二's rows must each be their
    label followed by their cells' digits (and no further digit); table 三,
    from 一、 to the heading of 四, must be exactly its labels (group labels
    included) and its rows' digits, in order; table 四 must be its 15 cells'
    digits between the last column heading and 五、.
    """
    text = _compact(source)
    proactive = report.proactive
    assert isinstance(proactive, ProactiveDisclosure)  # the 2021 edition's table 二
    rows_of_two = {
        "规章": (proactive.rules.issued, proactive.rules.repealed, proactive.rules.in_force),
        "行政规范性文件": (
            proactive.normative_docs.issued,
            proactive.normative_docs.repealed,
            proactive.normative_docs.in_force,
        ),
        "行政许可": (proactive.licensing.decisions,),
        "行政处罚": (proactive.penalty.decisions,),
        "行政强制": (proactive.coercion.decisions,),
        "行政事业性收费": (proactive.admin_fees.amount,),
    }
    problems = [
        f"table 二: {label} is not followed by {_glued(cells)}"
        for label, cells in rows_of_two.items()
        if not re.search(re.escape(label + _glued(cells)) + r"(?![\d.])", text)
    ]
    built = ""
    groups: tuple[RowGroup, ...] = ()
    for row in Row:
        built += "".join(group.label for group in row.groups if group not in groups)
        built += row.label + _glued(report.applications.row(row))
        groups = row.groups
    printed = _between(
        text,
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        "四、政府信息公开行政",
    )
    # Before the rows come the column headings, which hold no digit.
    if not printed.endswith(built) or re.search(r"\d", printed[: -len(built)]):
        problems.append("table 三 differs from the source")
    appeals = _glued(tuple(cell for group in report.appeals.groups for cell in group))
    if not re.search("尚未审结总计" + appeals + "五、", text):
        problems.append(f"table 四 is not printed as {appeals}")
    return problems


def tab_table_problems(report: Report, source: str) -> list[str]:
    """Check the cells against a tab-separated rendering of the tables."""
    rows = [line.split("\t") for line in source.splitlines() if "\t" in line]
    numeric = [
        cells
        for row in rows
        if (cells := [cell for cell in row if re.fullmatch(r"\d+(?:\.\d+)?", cell)])
    ]
    proactive = report.proactive
    assert isinstance(proactive, ProactiveDisclosure)  # the 2021 edition's table 二
    expected: list[list[Count | Amount]] = [
        [proactive.rules.issued, proactive.rules.repealed, proactive.rules.in_force],
        [
            proactive.normative_docs.issued,
            proactive.normative_docs.repealed,
            proactive.normative_docs.in_force,
        ],
        [proactive.licensing.decisions],
        [proactive.penalty.decisions],
        [proactive.coercion.decisions],
        [proactive.admin_fees.amount],
    ]
    expected += [list(report.applications.row(row)) for row in Row]
    expected.append([cell for group in report.appeals.groups for cell in group])
    printed = [[str(value) for value in row] for row in expected]
    if numeric != printed:
        return ["the tables differ from the tab-separated source"]
    return []


def _cells_in_order(report: Report) -> list[str]:
    """Every numeric cell of tables 二, 三 and 四, as printed, in document order."""
    proactive = report.proactive
    assert isinstance(proactive, ProactiveDisclosure)  # the 2021 edition's table 二
    cells: list[Count | Amount] = [
        proactive.rules.issued,
        proactive.rules.repealed,
        proactive.rules.in_force,
        proactive.normative_docs.issued,
        proactive.normative_docs.repealed,
        proactive.normative_docs.in_force,
        proactive.licensing.decisions,
        proactive.penalty.decisions,
        proactive.coercion.decisions,
        proactive.admin_fees.amount,
    ]
    cells += [cell for row in report.applications.rows for cell in row]
    cells += [cell for group in report.appeals.groups for cell in group]
    return [str(cell) for cell in cells]


_SPACED_NUMBER = re.compile(r"(?<!\S)\d+(?:\.\d+)?(?!\S)")


def spaced_table_problems(report: Report, source: str) -> list[str]:
    """Check the cells against PDF text whose cells are separated by spaces.

    Between the heading of 二 and that of 五, with page-number lines removed,
    every number standing alone (between spaces or line ends: not the 1. of a
    label) must be the report's cells of tables 二, 三 and 四, in order.
    """
    text = re.sub(r"^- \d+ -$", "", source, flags=re.MULTILINE)
    tables = _between(text, Section.PROACTIVE.label, "五、存在的主要问题及改进情况")
    if _SPACED_NUMBER.findall(tables) != _cells_in_order(report):
        return ["the tables differ from the space-separated source"]
    return []


def markdown_table_problems(report: Report, source: str) -> list[str]:
    """Check the cells against Markdown pipe tables: each numeric cell, in order."""
    numeric = [
        cell
        for line in source.splitlines()
        if line.lstrip().startswith("|")
        for cell in (part.strip() for part in line.strip().strip("|").split("|"))
        if re.fullmatch(r"\d+(?:\.\d+)?", cell)
    ]
    if numeric != _cells_in_order(report):
        return ["the tables differ from the Markdown source"]
    return []


def cross_year_problems(earlier: Report, later: Report) -> list[str]:
    """Rules X-1 (exact here) and X-2 between two years of one organ."""
    problems = [
        f"X-1 fails in {column.value}"
        for column in Applicant
        if later.cell(f"R2[{column.value}]") != earlier.cell(f"R4[{column.value}]")
    ]
    for kind in ("rules", "normative_docs"):
        before = _count(earlier, f"{kind}.in_force")
        issued = _count(later, f"{kind}.issued")
        repealed = _count(later, f"{kind}.repealed")
        if before + issued - repealed != _count(later, f"{kind}.in_force"):
            problems.append(f"X-2 fails for {kind}")
    return problems


def all_problems(reports: dict[str, Report]) -> list[str]:
    """Everything wrong with the golden reports, as messages naming the report."""
    problems: list[str] = []

    def read(name: str) -> str:
        return (CORPUS_DIR / name).read_text(encoding="utf-8")

    for name, report in reports.items():
        found = set(identity_problems(report))
        expected = EXPECTED_PROBLEMS.get(name, frozenset())
        problems += [f"{name}: {p}" for p in sorted(found - expected)]
        problems += [f"{name}: expected, but holds: {p}" for p in sorted(expected - found)]
        if loads(dumps(report, indent=True)) != report:
            problems.append(f"{name}: does not survive a JSON round trip")
    problems += [
        f"pingtan-2021: {p}"
        for p in narrative_problems(
            reports["pingtan-2021"], read("pingtan-2021.txt"), "相关链接：-->", "附件下载", "。"
        )
        + glued_table_problems(reports["pingtan-2021"], read("pingtan-2021.txt"))
    ]
    problems += [
        f"pingtan-2022: {p}"
        for p in narrative_problems(
            reports["pingtan-2022"],
            read("pingtan-2022.txt"),
            "=" * 20 + "正文" + "=" * 20,
            None,
            "",
        )
        + glued_table_problems(reports["pingtan-2022"], read("pingtan-2022.txt"))
    ]
    problems += [
        f"huaian-2024: {p}"
        for p in narrative_problems(
            reports["huaian-2024"],
            read("huaian-2024.pdf.txt"),
            "淮安市人民政府2024年政府信息公开工作年度报告",
            None,
            "。",
        )
        + tab_table_problems(reports["huaian-2024"], read("huaian-2024.tabs.txt"))
    ]
    problems += [
        f"pingtan 2021 → 2022: {p}"
        for p in cross_year_problems(reports["pingtan-2021"], reports["pingtan-2022"])
    ]
    for year in (2023, 2024):
        name = f"hongze-{year}"
        report = reports[name]
        source = read(f"{name}.pdf.txt")
        title = report.display_title
        problems += [
            f"{name}: {p}"
            for p in narrative_problems(report, source, title, None, "。")
            + spaced_table_problems(report, source)
        ]
    problems += [
        f"hongze-2023 (Markdown): {p}"
        for p in markdown_table_problems(reports["hongze-2023"], read("hongze-2023.md"))
    ]
    problems += [
        f"hongze 2023 → 2024: {p}"
        for p in cross_year_problems(reports["hongze-2023"], reports["hongze-2024"])
    ]
    return problems


def main(argv: Sequence[str]) -> int:
    """Check every golden report, then write it (or, with --check, compare it)."""
    check_only = "--check" in argv[1:]
    reports = {name: build() for name, build in REPORTS.items()}
    problems = all_problems(reports)
    for name, report in reports.items():
        path = GOLDEN_DIR / f"{name}.json"
        text = dumps(report, indent=True) + "\n"
        if check_only:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                problems.append(f"{path.relative_to(ROOT)} is not up to date")
        elif not problems:
            GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
