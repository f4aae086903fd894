"""The editions of the official report format.

>>> Edition("2021").document
'国办公开办函〔2021〕30号'
>>> Edition.for_year(2020)
<Edition.FORMAT_2019: '2019'>
"""

from __future__ import annotations

import enum

__all__ = ["Edition"]


class Edition(enum.StrEnum):
    """An edition of 《中华人民共和国政府信息公开工作年度报告格式》.

    The value is the year the format was issued; it is what JSON stores.
    """

    #: The trial format of 国办公开办函〔2019〕60号, for reports on 2019 and 2020.
    FORMAT_2019 = "2019"
    #: The revised format of 国办公开办函〔2021〕30号, for reports on 2021 onwards.
    FORMAT_2021 = "2021"

    @property
    def document(self) -> str:
        """The notice that issued this edition."""
        return _DOCUMENTS[self]

    @classmethod
    def for_year(cls, year: int) -> Edition:
        """The edition that the format prescribes for a report on *year*.

        >>> Edition.for_year(2024)
        <Edition.FORMAT_2021: '2021'>
        """
        return cls.FORMAT_2019 if year < 2021 else cls.FORMAT_2021


_DOCUMENTS = {
    Edition.FORMAT_2019: "国办公开办函〔2019〕60号",
    Edition.FORMAT_2021: "国办公开办函〔2021〕30号",
}
