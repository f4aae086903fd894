"""Table 二 as data: the blocks, rows and columns of 主动公开政府信息情况, per layout.

Each edition prints its own table 二 — ten cells in 2021, twenty-two in
2019 — and provinces add rows of their own (湖北's 其他主动公开文件).  A
:class:`ProactiveLayout` describes one such table: its blocks (one per item of
条例第二十条 it cites), each block's value columns and rows, the class that
holds a report's values, and the labels to print.  Everything that handles
table 二 — :meth:`Report.cell <govinfo_report.Report.cell>`, JSON and its
schema, the rule book, readers, writers — works from the layout, so a layout
defined outside the library works everywhere once it is registered.

>>> from govinfo_report import example
>>> layout = layout_of(example().proactive)
>>> layout.name, len(layout.addresses), layout.addresses[0]
('2021', 10, 'rules.issued')
>>> [block.caption for block in layout.blocks][:2]
['第二十条第（一）项', '第二十条第（五）项']

A local variant is a registered copy with a row added::

    HUBEI = register(PROACTIVE_2019.with_row(
        "hubei-2020", "art20_1", "other_docs", "其他主动公开文件", after="normative_docs"))

See ``docs/extending.md`` for the whole recipe.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import attrs

from .editions import Edition
from .errors import GovInfoReportError
from .i18n import LocaleLike
from .numerals import format_marker

if TYPE_CHECKING:
    from .model import ProactiveDisclosure, ProactiveDisclosure2019

    #: A table 二 of any layout: each layout's class is one of these or derives from one.
    AnyProactive: TypeAlias = ProactiveDisclosure | ProactiveDisclosure2019

__all__ = [
    "Block",
    "CellType",
    "Column",
    "Entry",
    "LayoutError",
    "ProactiveLayout",
    "for_keys",
    "is_built_in",
    "layout_of",
    "named",
    "register",
    "registered",
    "unregister",
]


class LayoutError(GovInfoReportError, ValueError):
    """A layout that cannot be defined or registered as asked."""


class CellType(enum.StrEnum):
    """What a value cell of table 二 holds."""

    #: A count: an ``int`` ≥ 0.
    COUNT = "count"
    #: A signed count such as 本年增/减 (``-8``, ``+1036``).
    SIGNED = "signed"
    #: An exact :class:`~decimal.Decimal` amount ≥ 0.
    AMOUNT = "amount"


@attrs.frozen
class Column:
    """A value column of a block: its key (the attribute of the row class) and label."""

    key: str
    #: The header as printed, such as ``本年制发件数``.
    label: str
    type: CellType = CellType.COUNT
    #: For an amount printed with its unit in the cell (2019's ``251000元``): the
    #: attribute of the row class that keeps the unit as printed.
    unit_field: str | None = None
    #: A note printed after the label, such as 湖北's ``（指2019年事项数）``.
    note: str = ""


@attrs.frozen
class Entry:
    """A data row of a block: its key (the attribute of the layout's class) and label."""

    key: str
    #: The row label as printed, such as ``规章``.
    label: str
    #: A note printed after the label, such as ``（设区的市、自治州人民政府应提供相关数据）``.
    note: str = ""


def _subclass(name: str, base: type, fields: Mapping[str, tuple[type, Any]], doc: str) -> type:
    """A frozen attrs subclass of *base* with *fields* (name: (type, validator)) added.

    Built as a class statement would build it: ``attrs.make_class`` classes do not
    stand as bases of further ones.
    """
    namespace: dict[str, Any] = {
        "__annotations__": {key: kind for key, (kind, _) in fields.items()},
        "__doc__": doc,
        "__module__": base.__module__,
        **{key: attrs.field(validator=validator) for key, (_, validator) in fields.items()},
    }
    cls: type = attrs.frozen(kw_only=True)(type(name, (base,), namespace))
    return cls


def _caption(item: int, locale: str) -> str:
    """A block's caption, citing 条例第二十条 item *item*, in the catalogue locale *locale*."""
    if locale == "en":
        return f"Article 20, item ({item})"
    marker = format_marker(2, item)
    return f"第二十條第{marker}項" if locale == "zh_Hant" else f"第二十条第{marker}项"


def _identifier(name: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in name)


def _to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


def _frozen_mapping(value: Mapping[str, Mapping[str, str]]) -> Mapping[str, Mapping[str, str]]:
    return MappingProxyType({key: MappingProxyType(dict(inner)) for key, inner in value.items()})


@attrs.frozen
class Block:
    """A block of table 二: a caption row citing 第二十条, a header row and data rows."""

    #: The spec's block key, such as ``art20_1``.
    key: str
    #: The item of 条例第二十条 the block cites: 1 for 第二十条第（一）项.
    item: int
    columns: tuple[Column, ...] = attrs.field(converter=_to_tuple)
    rows: tuple[Entry, ...] = attrs.field(converter=_to_tuple)
    #: The attrs class holding one row's values, a field per column.
    row_class: type

    @property
    def caption(self) -> str:
        """The caption as printed: ``第二十条第（一）项``."""
        return f"第二十条第{format_marker(2, self.item)}项"


@attrs.frozen(eq=False)
class ProactiveLayout:
    """One table 二: its blocks, the class holding its values, its labels.

    Layouts compare by identity: each is registered once, under its name.
    """

    #: A unique name: ``"2021"`` and ``"2019"`` for the national editions.
    name: str
    #: The edition of the format the layout belongs to (or derives from).
    edition: Edition
    blocks: tuple[Block, ...] = attrs.field(converter=_to_tuple)
    #: The attrs class holding a report's table 二, a field per row key.
    model: type
    #: The label of the 信息内容 column.
    content_label: str = "信息内容"
    #: Notes printed under the table, such as 2021's ``（单位：万元）``.
    notes: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    #: Labels in other locales, by label id and locale key (``"zh_Hant"``, ``"en"``),
    #: for the rows and columns a variant adds; the others come from the catalogue.
    translations: Mapping[str, Mapping[str, str]] = attrs.field(
        factory=dict, converter=_frozen_mapping
    )

    @functools.cached_property
    def row_keys(self) -> tuple[str, ...]:
        """Every row key, in the order printed."""
        return tuple(entry.key for block in self.blocks for entry in block.rows)

    @functools.cached_property
    def addresses(self) -> tuple[str, ...]:
        """Every cell address, ``row.column``, in the order printed."""
        return tuple(
            f"{entry.key}.{column.key}"
            for block in self.blocks
            for entry in block.rows
            for column in block.columns
        )

    @functools.cached_property
    def _cells(self) -> Mapping[str, tuple[Block, Entry, Column]]:
        return {
            f"{entry.key}.{column.key}": (block, entry, column)
            for block in self.blocks
            for entry in block.rows
            for column in block.columns
        }

    @functools.cached_property
    def _rows(self) -> Mapping[str, tuple[Block, Entry]]:
        return {entry.key: (block, entry) for block in self.blocks for entry in block.rows}

    @functools.cached_property
    def _texts(self) -> Mapping[str, str]:
        texts = {"t2.column.content": self.content_label}
        for block in self.blocks:
            texts[f"t2.caption.{block.key}"] = block.caption
            texts.update({f"t2.column.{c.key}": c.label for c in block.columns})
            texts.update({f"t2.row.{e.key}": e.label for e in block.rows})
        return texts

    def label(self, id: str, locale: LocaleLike = "zh_Hans") -> str:
        """The label *id* (``t2.row.rules``, ``t2.column.change``) of this layout in *locale*.

        A variant's own translation comes first, then the label catalogue of
        the layout's edition, then the layout's own text (simplified Chinese).

        >>> from govinfo_report.model import PROACTIVE_2019
        >>> PROACTIVE_2019.label("t2.column.change"), PROACTIVE_2019.label("t2.row.rules", "en")
        ('本年增/减', 'Rules')
        """
        from .labels import UnknownLabelError, label, label_locale

        key = label_locale(locale)
        own = self.translations.get(id, {}).get(key)
        if own is not None:
            return own
        if id in self._texts or id.startswith("t2.note."):
            try:
                return label(id, key, edition=self.edition)
            except UnknownLabelError:
                if id.startswith("t2.caption."):
                    item = next(b.item for b in self.blocks if f"t2.caption.{b.key}" == id)
                    return _caption(item, key)
                if id in self._texts:
                    return self._texts[id]
        raise LayoutError(f"layout {self.name!r} has no label {id!r}")

    def cell(self, address: str) -> tuple[Block, Entry, Column] | None:
        """The block, row and column of the cell at *address*, or ``None``."""
        return self._cells.get(address)

    def row(self, key: str) -> tuple[Block, Entry]:
        """The block and row definition of the row *key* (``KeyError`` if there is none)."""
        return self._rows[key]

    def values(self, proactive: object) -> Iterator[tuple[str, Column, Any]]:
        """Yield ``(address, column, value)`` for every cell of *proactive*, in order."""
        for block in self.blocks:
            for entry in block.rows:
                row = getattr(proactive, entry.key)
                for column in block.columns:
                    yield f"{entry.key}.{column.key}", column, getattr(row, column.key)

    def build(
        self,
        rows: Mapping[str, Mapping[str, Any]],
        default: Callable[[Column], Any] = lambda column: None,
    ) -> AnyProactive:
        """A table 二 of this layout from the values of each row, keyed by column.

        Cells not given take ``default(column)`` (blank by default); a row may
        also give the unit field of an amount column.
        """
        values: dict[str, Any] = {}
        for block in self.blocks:
            for entry in block.rows:
                given = rows.get(entry.key, {})
                fields = {
                    column.key: given.get(column.key, default(column)) for column in block.columns
                }
                for column in block.columns:
                    if column.unit_field is not None and column.unit_field in given:
                        fields[column.unit_field] = given[column.unit_field]
                values[entry.key] = block.row_class(**fields)
        table: AnyProactive = self.model(**values)
        return table

    def zeros(self) -> AnyProactive:
        """A table 二 of this layout with every cell 0."""
        from decimal import Decimal

        return self.build({}, lambda c: Decimal(0) if c.type is CellType.AMOUNT else 0)

    def with_notes(
        self,
        name: str,
        *,
        rows: Mapping[str, str] | None = None,
        columns: Mapping[str, str] | None = None,
        model: type | None = None,
    ) -> ProactiveLayout:
        """A copy named *name* printing notes after row and column labels.

        *rows* and *columns* map keys to notes, such as ``{"prev_items":
        "（指2019年事项数）"}``; a column note applies in every block with the
        column.  The copy's class is *model*, or else one built here: a subclass
        of this layout's with no new field, so that a report says which layout
        it is printed in.

        >>> from govinfo_report.model import PROACTIVE_2019
        >>> noted = PROACTIVE_2019.with_notes("noted", columns={"change": "（减用负值表示）"})
        >>> noted.blocks[1].columns[1]
        Column(key='change', label='本年增/减', type=<CellType.SIGNED: 'signed'>, \
unit_field=None, note='（减用负值表示）')
        """
        rows, columns = dict(rows or {}), dict(columns or {})
        unknown = [key for key in rows if key not in self._rows]
        unknown += [
            key
            for key in columns
            if not any(c.key == key for block in self.blocks for c in block.columns)
        ]
        if unknown:
            raise LayoutError(f"layout {self.name!r} has no row or column {unknown}")
        blocks = [
            attrs.evolve(
                block,
                columns=[attrs.evolve(c, note=columns.get(c.key, c.note)) for c in block.columns],
                rows=[attrs.evolve(e, note=rows.get(e.key, e.note)) for e in block.rows],
            )
            for block in self.blocks
        ]
        if model is None:
            model = _subclass(
                f"{self.model.__name__}_{_identifier(name)}",
                self.model,
                {},
                f"Table 二 of the {name!r} layout: {self.model.__name__} with notes.",
            )
        elif not (isinstance(model, type) and issubclass(model, self.model) and attrs.has(model)):
            raise LayoutError(f"{model!r} is not an attrs subclass of {self.model.__name__}")
        return attrs.evolve(self, name=name, blocks=blocks, model=model)

    def with_row(
        self,
        name: str,
        block: str,
        key: str,
        label: str,
        *,
        after: str | None = None,
        note: str = "",
        translations: Mapping[str, str] | None = None,
        model: type | None = None,
    ) -> ProactiveLayout:
        """A copy named *name* with a row *key* added to *block*, after the row *after*.

        The new row has the block's columns; its values are held by *model*, a
        subclass of this layout's class with a field *key* (for typed code,
        write it as a class), or else by such a subclass built here.
        *translations* gives the row's label in other locales, by locale key;
        *note* is printed after its label.

        >>> from govinfo_report.model import PROACTIVE_2019
        >>> variant = PROACTIVE_2019.with_row(
        ...     "example", "art20_1", "other_docs", "其他主动公开文件", after="normative_docs"
        ... )
        >>> variant.row_keys[:3]
        ('rules', 'normative_docs', 'other_docs')
        """
        if key in self._rows:
            raise LayoutError(f"layout {self.name!r} has a row {key!r} already")
        if not key.isidentifier():
            raise LayoutError(f"a row key must be an identifier, got {key!r}")
        blocks = list(self.blocks)
        index = next((i for i, b in enumerate(blocks) if b.key == block), None)
        if index is None:
            raise LayoutError(f"layout {self.name!r} has no block {block!r}")
        target = blocks[index]
        keys = [entry.key for entry in target.rows]
        if after is not None and after not in keys:
            raise LayoutError(f"block {block!r} has no row {after!r}")
        position = len(keys) if after is None else keys.index(after) + 1
        rows = list(target.rows)
        rows.insert(position, Entry(key, label, note))
        blocks[index] = attrs.evolve(target, rows=rows)
        if model is None:
            model = _subclass(
                f"{self.model.__name__}_{key}",
                self.model,
                {key: (target.row_class, attrs.validators.instance_of(target.row_class))},
                f"Table 二 of the {name!r} layout: {self.model.__name__} and {label}.",
            )
        elif not (
            isinstance(model, type)
            and issubclass(model, self.model)
            and attrs.has(model)
            and key in attrs.fields_dict(model)
        ):
            raise LayoutError(
                f"{model!r} is not an attrs subclass of {self.model.__name__} with a field {key!r}"
            )
        extra = {f"t2.row.{key}": dict(translations or {})}
        return ProactiveLayout(
            name,
            self.edition,
            blocks,
            model,
            self.content_label,
            self.notes,
            {**self.translations, **extra},
        )


_REGISTRY: Final[dict[type, ProactiveLayout]] = {}
_BY_NAME: Final[dict[str, ProactiveLayout]] = {}


def register(layout: ProactiveLayout) -> ProactiveLayout:
    """Make *layout* known to the whole library; returns it.

    Registering the same layout again does nothing; another layout under a
    name or class already registered is an error.
    """
    if _BY_NAME.get(layout.name) is layout:
        return layout
    if layout.name in _BY_NAME:
        raise LayoutError(f"a layout named {layout.name!r} is registered already")
    if layout.model in _REGISTRY:
        raise LayoutError(f"{layout.model.__name__} is registered for another layout")
    if not attrs.has(layout.model):
        raise LayoutError(f"{layout.model!r} is not an attrs class")
    missing = [key for key in layout.row_keys if key not in attrs.fields_dict(layout.model)]
    if missing:
        raise LayoutError(f"{layout.model.__name__} has no field for rows {missing}")
    _REGISTRY[layout.model] = layout
    _BY_NAME[layout.name] = layout
    _by_keys.cache_clear()
    return layout


def unregister(layout: ProactiveLayout) -> None:
    """Forget *layout* (registered by :func:`register`); the built-in layouts stay."""
    if layout.name in _BUILT_IN:
        raise LayoutError(f"the built-in layout {layout.name!r} cannot be unregistered")
    if _BY_NAME.get(layout.name) is layout:
        del _BY_NAME[layout.name]
        del _REGISTRY[layout.model]
        _by_keys.cache_clear()


#: The names of the layouts the library defines (``govinfo_report.model``).
_BUILT_IN: Final = frozenset(("2021", "2019"))


def is_built_in(layout: ProactiveLayout) -> bool:
    """Whether *layout* is one of the national editions' (JSON names the others)."""
    return layout.name in _BUILT_IN and _BY_NAME.get(layout.name) is layout


def registered() -> tuple[ProactiveLayout, ...]:
    """Every registered layout, the built-in ones first."""
    return tuple(_BY_NAME.values())


def layout_of(proactive: object) -> ProactiveLayout:
    """The layout of a table 二 object (or class).

    Raises :class:`LayoutError` for an object of no registered layout.
    """
    cls = proactive if isinstance(proactive, type) else type(proactive)
    layout = _REGISTRY.get(cls)
    if layout is None:
        raise LayoutError(f"{cls.__name__} is not the class of a registered table 二 layout")
    return layout


def named(name: str) -> ProactiveLayout:
    """The registered layout called *name*."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise LayoutError(f"no table 二 layout is registered as {name!r}") from None


@functools.cache
def _by_keys(keys: frozenset[str]) -> ProactiveLayout | None:
    for layout in _BY_NAME.values():
        if is_built_in(layout) and frozenset(layout.row_keys) == keys:
            return layout
    return None


def for_keys(keys: Iterable[str]) -> ProactiveLayout | None:
    """The built-in layout whose row keys are exactly *keys*, if any (JSON names the others)."""
    return _by_keys(frozenset(keys))
