"""Build the example report in code: 临淄区齐都镇人民政府 2021.

This is how an agency builds its report from data: every value, every
narrative paragraph, and no total typed by hand.  Run it to write the
bundled example JSON::

    python examples/qidu_2021.py examples/qidu-2021.json

Source: 临淄区齐都镇人民政府2021年政府信息公开工作年度报告, as published
(Word document).  Word's image and bookmark markers are not report text and
are left out.
"""

from __future__ import annotations

import datetime
import sys
from decimal import Decimal
from pathlib import Path

from govinfo_report import (
    AppealGroup,
    AppealTable,
    ApplicationTable,
    Decisions,
    DocumentCounts,
    Fees,
    GeneralSection,
    Period,
    ProactiveDisclosure,
    Report,
    Row,
    Subsection,
    dumps,
)


def build() -> Report:
    """Build the report from its parts."""
    return Report(
        organ="临淄区齐都镇人民政府",
        year=2021,
        period=Period(datetime.date(2021, 1, 1), datetime.date(2021, 12, 31)),
        preamble=(
            "根据《中华人民共和国政府信息公开条例》规定和区委区政府相关文件要求，"
            "特向社会公开2021年临淄区齐都镇人民政府信息公开工作年度报告。"
            "本报告中所列数据从2021年1月1日截止到2021年12月31日。"
            "如对本报告有疑问，请与齐都镇人民政府党政办公室联系（地址："
            "临淄区齐都路232号，电话：0533-7830243)。"
        ),
        general=GeneralSection(
            intro=(
                "一年来，齐都镇在区委、区政府的坚强领导下，"
                "认真贯彻落实《中华人民共和国政府信息公开条例》各项要求，"
                "除了运用政务公开宣传栏、互联网等形式进行公开以外，"
                "镇各部门单位还编制了本单位的工作指引或办事指南，"
                "详细列明单位机构设置、各项职能、相关政策法规，"
                "方便群众查阅和了解，切实保障人民群众的知情权、参与权、监督权和表达权。"
                "现将我镇2021年政府信息公开工作报告如下："
            ),
            subsections=[
                Subsection(
                    "主动公开情况",
                    (
                        "1、2021年度，我镇按照《中华人民共和国政府信息公开条例》要求，"
                        "认真做好政府信息的主动公开工作，对政府信息进行梳理和编目，"
                        "通过政务公开网站、“齐都印象”微信公众等平台，"
                        "全年累计报送各类信息340余条。其中镇政府信息公开指南1篇，"
                        "镇政府信息公开年报1篇，业务工作、法规公文等其他信息300余条，"
                        "以文字、图片、视频等形式，及时发布与人民群众切身利益密切相关的各类信息。"
                    ),
                ),
                Subsection(
                    "依申请公开情况",
                    "2021年度我镇收到依申请公开0件。",
                ),
                Subsection(
                    "政府信息管理情况",
                    (
                        "齐都镇人民政府信息公开工作机构为齐都镇党政办公室，"
                        "并配备了信息公开工作人员2名。在政府信息公开工作推进过程中，"
                        "我们本着“规范、明了、方便、实用”的原则，"
                        "根据我镇的实际，突出重点，创新形式，不断提高政府信息公开工作水平，"
                        "不断深化和丰富公开内容，主动向社会公开各类信息。"
                    ),
                ),
                Subsection(
                    "政府信息公开平台建设",
                    (
                        "根据临淄区人民政府办公室的要求，我镇已将信息全部迁移至新的政府信息公开平台，"
                        "且编制完成齐都镇人民政府信息公开标准化目录及主动公开目录。"
                        "在日常工作中认真做好新旧平台的信息管理及维护工作，"
                        "及时更新平台的信息公开栏目并做好维护，定期登录旧政府信息公开平台查询依申请公开事"
                        "项，确保信息发布的规范性及时效性，以准确及时地反映我镇各项工作动态。"
                    ),
                ),
                Subsection(
                    "监督保障情况",
                    (
                        "1、明确责任，专人管理。2021年，为扎实推动我镇政务公开工作贯彻落实，"
                        "根据中央、省、市、区关于推进政务公开的工作部署，"
                        "我镇制定了政务公开工作计划，并安排专人按计划认真履行工作职责，"
                        "定期对政府信息进行公开，做到政务公开工作公开及时、信息详实、内容丰富。"
                        "\n2、强化监督，落实监管。2021年，我镇进一步完善信息公开机制，"
                        "建立健全长效管理机制，重点做好社会关注、群众关心信息的公开，"
                        "方便群众网上查看。严格遵守信息保密审查制度，"
                        "确保涉密信息不公开，公开信息不涉密。同时，"
                        "强化监督检查工作，鼓励广大干部、群众积极参与监督，"
                        "积极反映公开过程中存在的突出问题，同时我镇设置了电话、传真、邮箱等多种投诉方式，"
                        "自觉接受社会各界的监督。"
                    ),
                ),
            ],
        ),
        proactive=ProactiveDisclosure(
            rules=DocumentCounts(issued=0, repealed=0, in_force=0),
            normative_docs=DocumentCounts(issued=0, repealed=0, in_force=0),
            licensing=Decisions(0),
            penalty=Decisions(0),
            coercion=Decisions(0),
            admin_fees=Fees(Decimal("0")),
        ),
        # The township received no request and carried none over or forward; the
        # 总计 column and the （七）总计 row are computed from these parts.
        applications=ApplicationTable.from_parts(
            {
                Row.NEW_REQUESTS: [0, 0, 0, 0, 0, 0],
                Row.CARRIED_OVER: [0, 0, 0, 0, 0, 0],
                Row.CARRIED_FORWARD: [0, 0, 0, 0, 0, 0],
            }
        ),
        # No administrative review and no lawsuit: maintained, corrected, other, pending.
        appeals=AppealTable.from_parts(
            {
                AppealGroup.REVIEW: [0, 0, 0, 0],
                AppealGroup.DIRECT_LITIGATION: [0, 0, 0, 0],
                AppealGroup.LITIGATION_AFTER_REVIEW: [0, 0, 0, 0],
            }
        ),
        problems=(
            "我镇按照区政府办的统一要求，逐项进行问题整改，"
            "目前已经整改完成。但与上级要求仍存在较大差距："
            "\n一是工作人员专业能力有待提升。缺乏完善的技能培训，"
            "对公开内容、时限等基本内容掌握不扎实，缺乏创新性的工作方法；"
            "二是主动公开的意识不强。业务工作方面，虽然公开数量较多，"
            "但是公开内容不够详尽；三是政策解读存在空白。"
            "政策解读方面存在短板，未能及时、准确、有效的进行政策解读，"
            "不利于群众对相关文件的理解。\n针对上述几点问题，"
            "我镇今后要加强以下三个方面：一是加强技能培训，"
            "通过视频学习、讨论培训的方式加强政务公开工作人员的业务能力，"
            "提高其专业素养；二是拓宽公开范围，有选择有针对性的公开群众关心、社会关注的内容，"
            "提高政务公开的工作质量；三是图文并茂进行政策解读，"
            "在政策性文件公开后及时进行政策解读，以喜闻乐见、通俗易懂的方式解读，"
            "让群众更清晰的了解相关政策。"
        ),
        other=(
            "1、2021年，我镇人大代表建议办理0件；"
            "政协委员提案办理0件。\n2、2021年，"
            "我镇无收取信息处理费情况。"
        ),
    )


def main(argv: list[str]) -> None:
    """Write the example as indented JSON to the path given, or to stdout."""
    text = dumps(build(), indent=True) + "\n"
    if len(argv) > 1:
        Path(argv[1]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main(sys.argv)
