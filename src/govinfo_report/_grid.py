"""The 2021 grid as data: row and column keys, markers and official texts.

Kept apart from the classes so that the label catalogue, the readers and the
writers share one source of truth.  Texts are exactly as the format prints
them (``format-2021.md`` §3–§5), with the marker kept separate from the text.
"""

from __future__ import annotations

from typing import Final

#: (key, marker, text, parent group key or "") for each value row of table 三.
APPLICATION_ROWS: Final = (
    ("R1", "一、", "本年新收政府信息公开申请数量", ""),
    ("R2", "二、", "上年结转政府信息公开申请数量", ""),
    ("R3_1", "（一）", "予以公开", "G3"),
    ("R3_2", "（二）", "部分公开（区分处理的，只计这一情形，不计其他情形）", "G3"),
    ("R3_3_1", "1.", "属于国家秘密", "G3_3"),
    ("R3_3_2", "2.", "其他法律行政法规禁止公开", "G3_3"),
    ("R3_3_3", "3.", "危及“三安全一稳定”", "G3_3"),
    ("R3_3_4", "4.", "保护第三方合法权益", "G3_3"),
    ("R3_3_5", "5.", "属于三类内部事务信息", "G3_3"),
    ("R3_3_6", "6.", "属于四类过程性信息", "G3_3"),
    ("R3_3_7", "7.", "属于行政执法案卷", "G3_3"),
    ("R3_3_8", "8.", "属于行政查询事项", "G3_3"),
    ("R3_4_1", "1.", "本机关不掌握相关政府信息", "G3_4"),
    ("R3_4_2", "2.", "没有现成信息需要另行制作", "G3_4"),
    ("R3_4_3", "3.", "补正后申请内容仍不明确", "G3_4"),
    ("R3_5_1", "1.", "信访举报投诉类申请", "G3_5"),
    ("R3_5_2", "2.", "重复申请", "G3_5"),
    ("R3_5_3", "3.", "要求提供公开出版物", "G3_5"),
    ("R3_5_4", "4.", "无正当理由大量反复申请", "G3_5"),
    ("R3_5_5", "5.", "要求行政机关确认或重新出具已获取信息", "G3_5"),
    (
        "R3_6_1",
        "1.",
        "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "G3_6",
    ),
    (
        "R3_6_2",
        "2.",
        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "G3_6",
    ),
    ("R3_6_3", "3.", "其他", "G3_6"),
    ("R3_7", "（七）", "总计", "G3"),
    ("R4", "四、", "结转下年度继续办理", ""),
)

#: (key, marker, text, parent group key or "") for the label-only rows of table 三.
APPLICATION_GROUPS: Final = (
    ("G3", "三、", "本年度办理结果", ""),
    ("G3_3", "（三）", "不予公开", "G3"),
    ("G3_4", "（四）", "无法提供", "G3"),
    ("G3_5", "（五）", "不予处理", "G3"),
    ("G3_6", "（六）", "其他处理", "G3"),
)

#: (key, label) for the value columns of table 三, in printed order.
APPLICANT_COLUMNS: Final = (
    ("NP", "自然人"),
    ("BIZ", "商业企业"),
    ("RES", "科研机构"),
    ("NGO", "社会公益组织"),
    ("LAW", "法律服务机构"),
    ("OTH", "其他"),
    ("TOT", "总计"),
)

#: (key, label) for the groups of table 四, in printed order.
APPEAL_GROUPS: Final = (
    ("RV", "行政复议"),
    ("LD", "未经复议直接起诉"),
    ("LR", "复议后起诉"),
)

#: (key, label) for the outcome columns of each group of table 四.
APPEAL_OUTCOMES: Final = (
    ("maintain", "结果维持"),
    ("correct", "结果纠正"),
    ("other", "其他结果"),
    ("pending", "尚未审结"),
    ("total", "总计"),
)
