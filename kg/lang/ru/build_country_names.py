"""Build ``kg/lang/ru/data/country_names.tsv``: the Russian names ISO 3166-1 gives the
gazetteer's countries (pycountry's Russian translation of the common and the official
name: Киргизия, Государство Катар, Султанат Оман), beside the ``ru`` column.

The table ships with the package, so nothing needs pycountry at run time.  Run
``python -m kg.lang.ru.build_country_names`` (with ``pip install -e '.[gazetteer]'``)
after the gazetteer's countries change, then ``python -m kg.lang.ru.build_name_keys``.
"""
from __future__ import annotations

import gettext
import re
from pathlib import Path

from kg.gazetteer import default_gazetteer
from kg.lang.ru import DATA

TABLE = Path(__file__).parent / "data" / "country_names.tsv"
STRESS = "\u0301"  # the combining acute some translations put on a stressed vowel
NOT_A_NAME = re.compile(r"[,()]| [-–] ")  # "Корея, Республика", "Боливия (Многонациональное Государство)"


def country_names() -> list[tuple[str, str]]:
    """(country id, Russian name) for each name pycountry gives that the gazetteer lacks."""
    import pycountry

    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    listed: dict[str, set[str]] = {}
    for row in DATA.read_tsv("gazetteer_aliases.tsv"):
        listed.setdefault(row["id"], set()).add(row["alias"].casefold())
    rows = []
    for entry in default_gazetteer().entries:
        record = pycountry.countries.get(alpha_2=entry.iso2) if entry.cls == "Country" and entry.iso2 else None
        if record is None:
            continue
        known = {entry.ru.casefold(), *(a.casefold() for a in entry.aliases), *listed.get(entry.id, ())}
        for name in (record.name, getattr(record, "official_name", None)):
            translated = ru.gettext(name).replace(STRESS, "") if name else ""  # Респу́блика: a stress mark
            if translated and translated != name and translated.casefold() not in known \
                    and not NOT_A_NAME.search(translated):
                known.add(translated.casefold())
                rows.append((entry.id, translated))
    return rows


def main() -> None:
    import pycountry

    rows = country_names()
    header = f"# ISO 3166-1 Russian names from pycountry {pycountry.__version__}; built by kg.lang.ru.build_country_names\n"
    TABLE.write_text(header + "id\talias\n" + "".join(f"{i}\t{n}\n" for i, n in rows), encoding="utf-8")
    print(f"wrote {len(rows)} names to {TABLE}")


if __name__ == "__main__":
    main()
