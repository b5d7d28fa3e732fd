"""Hand-written facts used by derive_locales.py.

Everything in this module was written for synthgen from general knowledge:
region names, postal-code allocation facts (first digits / letters of
postal codes per region), rank orders of common names, and street-name
stems. No list here was copied from another project. Edit here and rerun
`python3 Resources/scripts/derive_locales.py` to regenerate the TSV files.
"""

# ---------------------------------------------------------------------------
# First-level regions: GeoNames admin1 code -> (short code, local name).
# Short codes are the ISO 3166-2 suffixes. Japanese names are taken from the
# GeoNames data at run time (see derive_locales.py), so JP is not listed.
# ---------------------------------------------------------------------------
REGIONS = {
    "GB": {
        "ENG": ("ENG", "England"),
        "SCT": ("SCT", "Scotland"),
        "WLS": ("WLS", "Wales"),
        "NIR": ("NIR", "Northern Ireland"),
    },
    "DE": {
        "01": ("BW", "Baden-Württemberg"),
        "02": ("BY", "Bayern"),
        "03": ("HB", "Bremen"),
        "04": ("HH", "Hamburg"),
        "05": ("HE", "Hessen"),
        "06": ("NI", "Niedersachsen"),
        "07": ("NW", "Nordrhein-Westfalen"),
        "08": ("RP", "Rheinland-Pfalz"),
        "09": ("SL", "Saarland"),
        "10": ("SH", "Schleswig-Holstein"),
        "11": ("BB", "Brandenburg"),
        "12": ("MV", "Mecklenburg-Vorpommern"),
        "13": ("SN", "Sachsen"),
        "14": ("ST", "Sachsen-Anhalt"),
        "15": ("TH", "Thüringen"),
        "16": ("BE", "Berlin"),
    },
    "FR": {
        "11": ("IDF", "Île-de-France"),
        "24": ("CVL", "Centre-Val de Loire"),
        "27": ("BFC", "Bourgogne-Franche-Comté"),
        "28": ("NOR", "Normandie"),
        "32": ("HDF", "Hauts-de-France"),
        "44": ("GES", "Grand Est"),
        "52": ("PDL", "Pays de la Loire"),
        "53": ("BRE", "Bretagne"),
        "75": ("NAQ", "Nouvelle-Aquitaine"),
        "76": ("OCC", "Occitanie"),
        "84": ("ARA", "Auvergne-Rhône-Alpes"),
        "93": ("PAC", "Provence-Alpes-Côte d'Azur"),
        "94": ("20R", "Corse"),
    },
    "ES": {
        "51": ("AN", "Andalucía"),
        "52": ("AR", "Aragón"),
        "34": ("AS", "Principado de Asturias"),
        "07": ("IB", "Illes Balears"),
        "53": ("CN", "Canarias"),
        "39": ("CB", "Cantabria"),
        "54": ("CM", "Castilla-La Mancha"),
        "55": ("CL", "Castilla y León"),
        "56": ("CT", "Cataluña"),
        "57": ("EX", "Extremadura"),
        "58": ("GA", "Galicia"),
        "27": ("RI", "La Rioja"),
        "29": ("MD", "Comunidad de Madrid"),
        "31": ("MC", "Región de Murcia"),
        "32": ("NC", "Comunidad Foral de Navarra"),
        "59": ("PV", "País Vasco"),
        "60": ("VC", "Comunidad Valenciana"),
        "CE": ("CE", "Ceuta"),
        "ML": ("ML", "Melilla"),
    },
}

# Spanish regions whose place names are officially in a co-official language;
# GeoNames' own spelling is kept there (see derive_locales.py).
ES_COOFFICIAL_REGIONS = {"CT", "VC", "IB", "PV", "GA", "NC"}

# GeoNames places (>= 15000) that are not municipalities of their own: city
# districts listed as ordinary populated places, and French "villes
# nouvelles" (groupings of communes). Dropped from places.tsv.
NOT_MUNICIPALITIES = {
    "ES": {"Ciudad Lineal", "Chamartín", "Santutxu", "Natahoyo", "Llefià",
           "Iturrama", "Primer Ensanche", "Segundo Ensanche", "Ermitagaña"},
    "FR": {"Cergy-Pontoise", "Saint-Quentin-en-Yvelines", "Marne La Vallée"},
}
# German city-states: only these GeoNames places are kept (the others are
# city districts).
DE_CITY_STATES = {"16": {"Berlin"}, "04": {"Hamburg"}, "03": {"Bremen", "Bremerhaven"}}

# English exonyms in GeoNames' main name field that have a local form.
FR_NAME_FIXES = {"Dunkirk": "Dunkerque"}

# ---------------------------------------------------------------------------
# Postal codes
# ---------------------------------------------------------------------------

# Spain: ISO 3166-2 province suffix -> INE province number, which is also the
# first two digits of every postal code in that province.
ES_PROVINCE_POSTAL = {
    "VI": "01", "AB": "02", "A": "03", "AL": "04", "AV": "05", "BA": "06",
    "PM": "07", "B": "08", "BU": "09", "CC": "10", "CA": "11", "CS": "12",
    "CR": "13", "CO": "14", "C": "15", "CU": "16", "GI": "17", "GR": "18",
    "GU": "19", "SS": "20", "H": "21", "HU": "22", "J": "23", "LE": "24",
    "L": "25", "LO": "26", "LU": "27", "M": "28", "MA": "29", "MU": "30",
    "NA": "31", "OR": "32", "O": "33", "P": "34", "GC": "35", "PO": "36",
    "SA": "37", "TF": "38", "S": "39", "SG": "40", "SE": "41", "SO": "42",
    "T": "43", "TE": "44", "TO": "45", "V": "46", "VA": "47", "BI": "48",
    "ZA": "49", "Z": "50", "CE": "51", "ML": "52",
}

# Germany: two-digit postal "Leitregion" -> towns that lie in it. A city gets
# the Leitregion of the nearest listed town (an approximation of the real
# boundaries; "Name|NN" restricts the look-up to GeoNames admin1 NN). Berlin, Hamburg and München span several Leitregionen; the
# first one is used for the city itself.
DE_LEITREGION_TOWNS = {
    "01": ["Dresden", "Riesa", "Pirna"],
    "02": ["Görlitz", "Bautzen", "Zittau", "Hoyerswerda"],
    "03": ["Cottbus"],
    "04": ["Leipzig", "Torgau"],
    "06": ["Halle (Saale)", "Dessau-Roßlau"],
    "07": ["Gera", "Jena"],
    "08": ["Zwickau", "Plauen"],
    "09": ["Chemnitz", "Freiberg"],
    "10": ["Berlin"],
    "14": ["Potsdam", "Brandenburg an der Havel"],
    "15": ["Frankfurt (Oder)", "Fürstenwalde"],
    "16": ["Eberswalde", "Oranienburg", "Neuruppin"],
    "17": ["Neubrandenburg", "Greifswald"],
    "18": ["Rostock", "Stralsund"],
    "19": ["Schwerin", "Ludwigslust"],
    "20": ["Hamburg"],
    "21": ["Lüneburg", "Buxtehude", "Stade"],
    "22": ["Norderstedt", "Ahrensburg", "Wedel"],
    "23": ["Lübeck", "Bad Oldesloe"],
    "24": ["Kiel", "Flensburg", "Neumünster", "Rendsburg"],
    "25": ["Itzehoe", "Elmshorn", "Husum", "Heide"],
    "26": ["Oldenburg", "Wilhelmshaven", "Emden", "Leer", "Aurich"],
    "27": ["Bremerhaven", "Cuxhaven", "Verden", "Delmenhorst"],
    "28": ["Bremen"],
    "29": ["Celle", "Uelzen"],
    "30": ["Hannover"],
    "31": ["Hildesheim", "Hameln"],
    "32": ["Herford", "Minden", "Detmold"],
    "33": ["Bielefeld", "Paderborn", "Gütersloh"],
    "34": ["Kassel"],
    "35": ["Gießen", "Marburg", "Wetzlar"],
    "36": ["Fulda", "Bad Hersfeld"],
    "37": ["Göttingen"],
    "38": ["Braunschweig", "Wolfsburg", "Salzgitter", "Goslar"],
    "39": ["Magdeburg", "Stendal"],
    "40": ["Düsseldorf"],
    "41": ["Mönchengladbach", "Neuss", "Viersen"],
    "42": ["Wuppertal", "Solingen"],
    "44": ["Dortmund", "Bochum"],
    "45": ["Essen", "Gelsenkirchen"],
    "46": ["Oberhausen", "Bocholt", "Dorsten"],
    "47": ["Duisburg", "Krefeld", "Kleve", "Moers"],
    "48": ["Münster", "Rheine"],
    "49": ["Osnabrück", "Lingen", "Cloppenburg"],
    "50": ["Köln"],
    "51": ["Leverkusen", "Bergisch Gladbach"],
    "52": ["Aachen", "Düren"],
    "53": ["Bonn", "Siegburg"],
    "54": ["Trier", "Wittlich"],
    "55": ["Mainz", "Bad Kreuznach", "Idar-Oberstein"],
    "56": ["Koblenz", "Neuwied"],
    "57": ["Siegen", "Olpe"],
    "58": ["Hagen", "Lüdenscheid", "Iserlohn"],
    "59": ["Hamm", "Unna", "Soest", "Arnsberg"],
    "60": ["Frankfurt am Main"],
    "61": ["Bad Homburg vor der Höhe", "Friedberg|05"],
    "63": ["Offenbach", "Hanau", "Aschaffenburg"],
    "64": ["Darmstadt"],
    "65": ["Wiesbaden", "Limburg an der Lahn"],
    "66": ["Saarbrücken", "Neunkirchen", "Pirmasens", "Zweibrücken", "Homburg"],
    "67": ["Ludwigshafen am Rhein", "Kaiserslautern", "Worms", "Speyer"],
    "68": ["Mannheim"],
    "69": ["Heidelberg"],
    "70": ["Stuttgart"],
    "71": ["Ludwigsburg", "Böblingen"],
    "72": ["Tübingen", "Reutlingen"],
    "73": ["Esslingen am Neckar", "Göppingen", "Aalen"],
    "74": ["Heilbronn", "Schwäbisch Hall"],
    "75": ["Pforzheim"],
    "76": ["Karlsruhe", "Landau in der Pfalz", "Baden-Baden", "Rastatt"],
    "77": ["Offenburg"],
    "78": ["Villingen-Schwenningen", "Konstanz", "Tuttlingen", "Singen"],
    "79": ["Freiburg im Breisgau", "Lörrach"],
    "80": ["München"],
    "82": ["Starnberg", "Fürstenfeldbruck", "Garmisch-Partenkirchen"],
    "83": ["Rosenheim", "Traunstein"],
    "84": ["Landshut"],
    "85": ["Ingolstadt", "Freising", "Dachau"],
    "86": ["Augsburg"],
    "87": ["Kempten", "Memmingen", "Kaufbeuren"],
    "88": ["Ravensburg", "Friedrichshafen", "Biberach an der Riß"],
    "89": ["Ulm", "Heidenheim an der Brenz", "Neu-Ulm"],
    "90": ["Nürnberg", "Fürth"],
    "91": ["Erlangen", "Ansbach"],
    "92": ["Amberg", "Weiden", "Neumarkt in der Oberpfalz"],
    "93": ["Regensburg"],
    "94": ["Passau", "Deggendorf", "Straubing"],
    "95": ["Bayreuth", "Hof"],
    "96": ["Bamberg", "Coburg"],
    "97": ["Würzburg", "Schweinfurt"],
    "98": ["Suhl", "Meiningen", "Ilmenau"],
    "99": ["Erfurt", "Gotha", "Weimar", "Nordhausen"],
}
# Extra Leitregionen that share a town with the first one above.
DE_LEITREGION_ALSO = {"10": ["12", "13"], "20": ["22"], "80": ["81"]}

# Japan: prefecture (ISO 3166-2 number) -> ranges of the first three digits
# of its postal codes (inclusive).
JP_POSTAL_RANGES = {
    "01": [(40, 99), (1, 7)], "02": [(30, 39)], "03": [(20, 29)],
    "04": [(980, 989)], "05": [(10, 19)], "06": [(990, 999)],
    "07": [(960, 979)], "08": [(300, 319)], "09": [(320, 329)],
    "10": [(370, 379)], "11": [(330, 369)], "12": [(260, 299)],
    "13": [(100, 208)], "14": [(210, 259)], "15": [(940, 959)],
    "16": [(930, 939)], "17": [(920, 929)], "18": [(910, 919)],
    "19": [(400, 409)], "20": [(380, 399)], "21": [(500, 509)],
    "22": [(410, 439)], "23": [(440, 499)], "24": [(510, 519)],
    "25": [(520, 529)], "26": [(600, 629)], "27": [(530, 599)],
    "28": [(650, 679)], "29": [(630, 639)], "30": [(640, 649)],
    "31": [(680, 689)], "32": [(690, 699)], "33": [(700, 719)],
    "34": [(720, 739)], "35": [(740, 759)], "36": [(770, 779)],
    "37": [(760, 769)], "38": [(790, 799)], "39": [(780, 789)],
    "40": [(800, 839)], "41": [(840, 849)], "42": [(850, 859)],
    "43": [(860, 869)], "44": [(870, 879)], "45": [(880, 889)],
    "46": [(890, 899)], "47": [(900, 909)],
}
# Tokyo: the 23 special wards use 100-179, the Tama area 180-208.
JP_TOKYO_WARDS_RANGE = (100, 179)
JP_TOKYO_TAMA_RANGE = (180, 208)

# United Kingdom: postcode area -> (main post town, countries it serves,
# highest ordinary district number used here). London's eight areas are
# handled separately (see LONDON_* below). Crown dependencies are omitted.
GB_POSTCODE_AREAS = {
    "AB": ("Aberdeen", "SCT", 9), "AL": ("St Albans", "ENG", 9),
    "B": ("Birmingham", "ENG", 9), "BA": ("Bath", "ENG", 9),
    "BB": ("Blackburn", "ENG", 9), "BD": ("Bradford", "ENG", 9),
    "BH": ("Bournemouth", "ENG", 9), "BL": ("Bolton", "ENG", 9),
    "BN": ("Brighton", "ENG", 9), "BR": ("Bromley", "ENG", 8),
    "BS": ("Bristol", "ENG", 9), "BT": ("Belfast", "NIR", 9),
    "CA": ("Carlisle", "ENG", 9), "CB": ("Cambridge", "ENG", 9),
    "CF": ("Cardiff", "WLS", 9), "CH": ("Chester", "ENG WLS", 8),
    "CM": ("Chelmsford", "ENG", 9), "CO": ("Colchester", "ENG", 9),
    "CR": ("Croydon", "ENG", 8), "CT": ("Canterbury", "ENG", 9),
    "CV": ("Coventry", "ENG", 9), "CW": ("Crewe", "ENG", 9),
    "DA": ("Dartford", "ENG", 9), "DD": ("Dundee", "SCT", 9),
    "DE": ("Derby", "ENG", 9), "DG": ("Dumfries", "SCT", 9),
    "DH": ("Durham", "ENG", 9), "DL": ("Darlington", "ENG", 9),
    "DN": ("Doncaster", "ENG", 9), "DT": ("Dorchester", "ENG", 9),
    "DY": ("Dudley", "ENG", 9), "EH": ("Edinburgh", "SCT", 9),
    "EN": ("Enfield", "ENG", 9), "EX": ("Exeter", "ENG", 9),
    "FK": ("Falkirk", "SCT", 9), "FY": ("Blackpool", "ENG", 8),
    "G": ("Glasgow", "SCT", 9), "GL": ("Gloucester", "ENG", 9),
    "GU": ("Guildford", "ENG", 9), "HA": ("Harrow", "ENG", 9),
    "HD": ("Huddersfield", "ENG", 9), "HG": ("Harrogate", "ENG", 5),
    "HP": ("Hemel Hempstead", "ENG", 9), "HR": ("Hereford", "ENG", 9),
    "HS": ("Stornoway", "SCT", 9), "HU": ("Kingston upon Hull", "ENG", 9),
    "HX": ("Halifax", "ENG", 7), "IG": ("Ilford", "ENG", 9),
    "IP": ("Ipswich", "ENG", 9), "IV": ("Inverness", "SCT", 9),
    "KA": ("Kilmarnock", "SCT", 9), "KT": ("Kingston upon Thames", "ENG", 9),
    "KW": ("Kirkwall", "SCT", 9), "KY": ("Kirkcaldy", "SCT", 9),
    "L": ("Liverpool", "ENG", 9), "LA": ("Lancaster", "ENG", 9),
    "LD": ("Llandrindod Wells", "WLS", 8), "LE": ("Leicester", "ENG", 9),
    "LL": ("Llandudno", "WLS", 9), "LN": ("Lincoln", "ENG", 9),
    "LS": ("Leeds", "ENG", 9), "LU": ("Luton", "ENG", 7),
    "M": ("Manchester", "ENG", 9), "ME": ("Rochester", "ENG", 9),
    "MK": ("Milton Keynes", "ENG", 9), "ML": ("Motherwell", "SCT", 9),
    "NE": ("Newcastle upon Tyne", "ENG", 9), "NG": ("Nottingham", "ENG", 9),
    "NN": ("Northampton", "ENG", 9), "NP": ("Newport", "WLS", 9),
    "NR": ("Norwich", "ENG", 9), "OL": ("Oldham", "ENG", 9),
    "OX": ("Oxford", "ENG", 9), "PA": ("Paisley", "SCT", 9),
    "PE": ("Peterborough", "ENG", 9), "PH": ("Perth", "SCT", 9),
    "PL": ("Plymouth", "ENG", 9), "PO": ("Portsmouth", "ENG", 9),
    "PR": ("Preston", "ENG", 9), "RG": ("Reading", "ENG", 9),
    "RH": ("Redhill", "ENG", 9), "RM": ("Romford", "ENG", 9),
    "S": ("Sheffield", "ENG", 9), "SA": ("Swansea", "WLS", 9),
    "SG": ("Stevenage", "ENG", 9), "SK": ("Stockport", "ENG", 9),
    "SL": ("Slough", "ENG", 9), "SM": ("Sutton", "ENG", 7),
    "SN": ("Swindon", "ENG", 9), "SO": ("Southampton", "ENG", 9),
    "SP": ("Salisbury", "ENG", 9), "SR": ("Sunderland", "ENG", 8),
    "SS": ("Southend-on-Sea", "ENG", 9), "ST": ("Stoke-on-Trent", "ENG", 9),
    "SY": ("Shrewsbury", "ENG WLS", 9), "TA": ("Taunton", "ENG", 9),
    "TD": ("Galashiels", "SCT ENG", 9), "TF": ("Telford", "ENG", 9),
    "TN": ("Tonbridge", "ENG", 9), "TQ": ("Torquay", "ENG", 9),
    "TR": ("Truro", "ENG", 9), "TS": ("Middlesbrough", "ENG", 9),
    "TW": ("Twickenham", "ENG", 9), "UB": ("Southall", "ENG", 9),
    "WA": ("Warrington", "ENG", 9), "WD": ("Watford", "ENG", 7),
    "WF": ("Wakefield", "ENG", 9), "WN": ("Wigan", "ENG", 8),
    "WR": ("Worcester", "ENG", 9), "WS": ("Walsall", "ENG", 9),
    "WV": ("Wolverhampton", "ENG", 9), "YO": ("York", "ENG", 9),
    "ZE": ("Lerwick", "SCT", 3),
}
# Further towns inside some areas ("Name|XXX": only in that UK country), so that the nearest-town rule lands in the
# right area more often (e.g. Birkenhead is CH, Wrexham LL, Yeovil BA).
GB_EXTRA_TOWNS = {
    "LL": ["Wrexham", "Bangor|WLS", "Rhyl"], "SA": ["Carmarthen", "Llanelli"],
    "NP": ["Abergavenny", "Cwmbran"], "CF": ["Merthyr Tydfil", "Bridgend", "Pontypridd"],
    "BT": ["Londonderry", "Newry"], "IV": ["Elgin"], "PH": ["Fort William"],
    "PA": ["Oban"], "KW": ["Thurso", "Wick"], "AB": ["Peterhead"],
    "TD": ["Berwick-upon-Tweed"], "CA": ["Workington", "Whitehaven"],
    "LA": ["Kendal", "Barrow in Furness"], "EX": ["Barnstaple"], "TR": ["Penzance"],
    "PL": ["Bodmin"], "NR": ["Great Yarmouth", "Cromer"],
    "PE": ["King's Lynn", "Boston", "Spalding"], "DN": ["Scunthorpe", "Grimsby"],
    "YO": ["Scarborough"], "TS": ["Hartlepool"], "SY": ["Aberystwyth", "Oswestry"],
    "GL": ["Cheltenham"], "DT": ["Weymouth"], "BA": ["Yeovil"], "BH": ["Poole"],
    "PO": ["Chichester"], "TN": ["Hastings", "Tunbridge Wells"], "CT": ["Margate", "Dover"],
    "ME": ["Maidstone"], "IP": ["Bury St Edmunds"], "MK": ["Bedford"],
    "NN": ["Kettering"], "NG": ["Mansfield"], "S": ["Chesterfield", "Rotherham", "Barnsley"],
    "NE": ["Gateshead"], "ST": ["Stafford"], "DY": ["Kidderminster"],
    "CV": ["Rugby", "Nuneaton"], "OX": ["Banbury"], "RG": ["Basingstoke", "Newbury"],
    "GU": ["Aldershot", "Farnborough"], "RH": ["Crawley", "Horsham"],
    "BN": ["Eastbourne", "Worthing"], "CM": ["Harlow"], "SS": ["Basildon"],
    "HP": ["High Wycombe", "Aylesbury"], "CH": ["Birkenhead", "Wallasey"],
    "WA": ["Widnes", "St Helens"], "PR": ["Southport"], "BB": ["Burnley"],
    "OL": ["Rochdale"], "SK": ["Macclesfield"], "M": ["Salford"], "ML": ["Hamilton"],
    "KA": ["Ayr"], "FK": ["Stirling"], "KY": ["Dunfermline"], "DD": ["Arbroath"],
    "EH": ["Livingston"],
}
# London: a place whose nearest post town is London gets an area by bearing
# from Charing Cross (degrees clockwise from north) and a district number.
LONDON_CENTRE = (51.5073, -0.1276)
LONDON_SECTORS = [  # (from bearing, to bearing, area, highest district)
    (330.0, 360.0, "N", 22), (0.0, 45.0, "N", 22), (45.0, 110.0, "E", 18),
    (110.0, 190.0, "SE", 28), (190.0, 250.0, "SW", 20),
    (250.0, 290.0, "W", 14), (290.0, 330.0, "NW", 11),
]
LONDON_CORE_KM = 2.5  # closer than this: EC (east of -0.11) or WC
LONDON_EC_DISTRICTS = ["EC1A", "EC1M", "EC1N", "EC1R", "EC1V", "EC1Y",
                       "EC2A", "EC2M", "EC2N", "EC2R", "EC2V", "EC2Y",
                       "EC3A", "EC3M", "EC3N", "EC3R", "EC3V",
                       "EC4A", "EC4M", "EC4N", "EC4R", "EC4V", "EC4Y"]
LONDON_WC_DISTRICTS = ["WC1A", "WC1B", "WC1E", "WC1H", "WC1N", "WC1R",
                       "WC1V", "WC1X", "WC2A", "WC2B", "WC2E", "WC2H",
                       "WC2N", "WC2R"]
# Letters allowed in the last two places of a UK inward code.
GB_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

# ---------------------------------------------------------------------------
# Names: rank orders of common names (most common first), from general
# knowledge of published national frequency tables. These fix the order
# (and so the rank-based weights) of the most common names; the long tail
# comes from the packages named in derive_locales.py.
# ---------------------------------------------------------------------------
TOP_NAMES = {
    "de_DE": {
        "male": """Peter Michael Thomas Andreas Wolfgang Klaus Jürgen Günter
            Stefan Christian Uwe Werner Horst Frank Dieter Manfred Gerhard
            Hans Bernd Torsten Matthias Helmut Walter Heinz Martin Jan Sven
            Alexander Markus Karl Ralf Dirk Joachim Jörg Rainer Sebastian
            Daniel Tobias Florian Kurt Rolf Heinrich Norbert Harald Paul
            Lukas Tim Jens Holger Erich Maximilian Felix Jonas Leon Niklas
            Philipp Julian Moritz Fabian David Simon Marcel Dennis Patrick
            Kevin Benjamin Oliver Carsten Volker Hermann Gerd Reinhard Georg
            Herbert Ernst Friedrich Josef Otto Ludwig Ben Noah Elias Finn""",
        "female": """Ursula Monika Petra Elisabeth Sabine Renate Helga Karin
            Brigitte Ingrid Erika Andrea Gisela Claudia Susanne Gabriele
            Christa Christine Hildegard Anna Birgit Barbara Maria Heike
            Marianne Nicole Stefanie Julia Katharina Sandra Anja Martina
            Gertrud Angelika Tanja Jutta Ingeborg Ilse Edith Melanie Lisa
            Laura Sarah Christina Daniela Manuela Silke Kerstin Lena Hannah
            Sophie Lea Leonie Marie Johanna Emma Mia Anke Simone Doris Bärbel
            Beate Cornelia Waltraud Inge Margarete Irmgard Hannelore Rosemarie
            Anneliese Elke Heidi Kathrin Jessica Jennifer Vanessa Nadine
            Franziska Carina Jana Luisa Emilia Clara Charlotte""",
        "last": """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker
            Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder
            Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange
            Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier
            Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang
            Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller
            Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke
            Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher
            Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt
            Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel
            Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer""",
    },
    "fr_FR": {
        "male": """Jean Pierre Michel André Philippe Alain Bernard Jacques
            René Daniel Christian Nicolas Patrick Louis Claude Thomas Éric
            David Julien Christophe Frédéric Stéphane Laurent Paul Sébastien
            François Pascal Jean-Pierre Gérard Olivier Dominique Marcel Henri
            Roger Maxime Guillaume Alexandre Antoine Romain Jérôme Lucas Hugo
            Vincent Georges Jean-Claude Nathan Franck Yves Serge Théo Kevin
            Thierry Bruno Didier Joseph Gabriel Arthur Léo Raphaël 
            Mathieu Anthony Jonathan Damien Florian Adrien Benjamin Quentin
            Clément Jean-Luc Jean-François Jean-Marc Gilles Francis Denis""",
        "female": """Marie Jeanne Françoise Monique Catherine Nathalie Isabelle
            Jacqueline Anne Sylvie Martine Madeleine Nicole Suzanne Hélène
            Christine Marguerite Denise Louise Christiane Valérie Sophie
            Sandrine Stéphanie Céline Brigitte Chantal Julie Aurélie Camille
            Véronique Laura Émilie Simone Sarah Léa Manon Pauline Élisabeth
            Patricia Annie Claire Danielle Odette Yvonne Germaine Colette
            Josette Emma Chloé Inès Jade Alice Lina Juliette
            Anaïs Marion Mélanie Virginie Caroline Karine Audrey Laetitia
            Élodie Corinne Florence Dominique Michèle Josiane Paulette""",
    },
    "es_ES": {
        "male": """Antonio Manuel José Francisco David Juan Javier
            José_Antonio Daniel José_Luis Francisco_Javier Carlos Jesús
            Alejandro Miguel José_Manuel Rafael Pablo Miguel_Ángel Pedro
            Ángel Sergio José_María Fernando Jorge Luis Alberto Álvaro
            Juan_Carlos Adrián Diego Juan_José Raúl Iván Rubén Juan_Antonio
            Enrique Óscar Ramón Vicente Andrés Juan_Manuel Joaquín Santiago
            Víctor Eduardo Mario Roberto Jaime Francisco_José Marcos Ignacio
            Hugo Alfonso Jordi Ricardo Salvador Guillermo Gabriel Marc
            Emilio Mohamed Gonzalo Julio Julián Tomás Agustín Martín Nicolás
            Lucas Mateo Leo Izan Aitor Iker Unai Xavier Josep Joan""",
        "female": """María_Carmen María Carmen Ana_María Laura María_Pilar
            María_Dolores Isabel Josefa Ana Cristina María_Teresa Marta
            Lucía Francisca María_Ángeles Antonia Dolores María_Isabel Elena
            Sara Paula María_José Rosa_María Raquel Manuela Pilar Concepción
            Mercedes María_Jesús Julia Beatriz Alba Nuria Silvia Rosario
            Juana Irene Teresa Encarnación Patricia Montserrat Andrea Rocío
            Mónica Rosa Alicia Sonia Sandra Marina Sofía Martina Noelia
            Inmaculada Eva Ángela Esther Verónica Claudia Natalia Carla
            Yolanda Daniela Lorena Susana Amparo Margarita Valeria Lola
            Aitana Nerea Ainhoa Leire Montse Núria""",
        "last": """García Rodríguez González Fernández López Martínez Sánchez
            Pérez Gómez Martín Jiménez Hernández Ruiz Díaz Moreno Muñoz
            Álvarez Romero Gutiérrez Alonso Navarro Torres Domínguez Ramos
            Vázquez Ramírez Gil Serrano Morales Molina Blanco Suárez Castro
            Ortega Delgado Ortiz Marín Rubio Núñez Medina Sanz Castillo
            Iglesias Cortés Garrido Santos Guerrero Lozano Cano Cruz Méndez
            Flores Prieto Herrera Peña León Márquez Cabrera Gallego Calvo
            Vidal Campos Reyes Vega Fuentes Carrasco Díez Aguilar Caballero
            Nieto Santana Vargas Pascual Giménez Herrero Hidalgo Montero
            Lorenzo Santiago Benítez Durán Ibáñez Arias Mora Ferrer Carmona
            Vicente Rojas Soto Crespo Román Pastor Velasco Parra Sáez Moya
            Bravo Rivera Gallardo Soler""",
    },
    "en_GB": {
        # Appended after the frequency-ordered Faker lists (younger names).
        "male": """Oliver George Noah Arthur Harry Leo Muhammad Jack Charlie
            Oscar Jacob Henry Freddie Alfie Theodore Thomas Archie Finley
            Isaac Lucas Teddy Alexander Joshua James William Edward Tommy
            Jude Reuben Ronnie Albie Louie Hugo Elijah Rory Max Ethan Mason
            Logan Riley Zachary Sebastian Jaxon Toby Harrison Jenson Frankie
            Stanley Ezra Hunter Bobby Felix Luca Finn Roman Harvey Alfred
            Ernest Walter Sidney Cyril Percy""",
        "female": """Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia
            Grace Freya Willow Florence Emily Ella Poppy Evie Elsie Charlotte
            Evelyn Sienna Daisy Phoebe Sofia Alice Matilda Harper Ruby Emilia
            Maya Millie Isabelle Eva Luna Esme Lottie Arabella Hallie Layla
            Aria Erin Imogen Bonnie Violet Thea Orla Maisie Ayla Mila Edith
            Mabel Beatrice Doris Gwendolyn Winifred""",
    },
}

# Japanese names (kanji), most common first.
JA_LAST_NAMES = """佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木
    山口 松本 井上 木村 林 斎藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川
    前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉藤 福田 太田 西村 藤井 金子
    岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 内田
    柴田 酒井 宮崎 横山 高木 安藤 宮本 大野 小島 谷口 今井 工藤 高田 増田 丸山 杉山
    村田 大塚 新井 小山 平野 藤本 河野 上野 野口 武田 松井 千葉 岩崎 菅原 木下 久保
    佐野 野村 松尾 市川 菊地 杉本 古川 大西 島田 水野 桜井 高野 渡部 吉川 山内 西田
    飯田 菊池 西川 小松 北村 安田 五十嵐 川口 平田 関 中田 久保田 服部 東 岩田 土屋
    川崎 福島 本田 辻 樋口 秋山 田口 永井 山中 中西 吉村 川上 石原 大橋 松岡 馬場
    浅野 荒木 大久保 野田 小沢 田辺 川村 星野 黒田 堀 尾崎 望月 永田 熊谷 内藤 松村
    西山 大谷 平井 大島 岩本 片山 本間 早川 横田 岡崎 荒井 大石 鎌田 成田 宮田 小田
    石橋 篠原 須藤 河合 大川 高山 宮下""".split()

JA_MALE_NAMES = """翔太 大輔 健太 拓也 大樹 翔 直樹 和也 達也 誠 浩 隆 健 亮 剛 学 修
    勇 茂 清 実 進 博 明 正 豊 裕 聡 徹 淳 大翔 蓮 陽翔 湊 樹 悠真 大和 陸 颯太 蒼
    悠斗 陽太 朝陽 結翔 律 新 碧 颯 奏太 陽向 海斗 翼 拓海 優斗 涼太 健一 太郎 一郎
    健二 浩二 誠一 英樹 秀樹 智也 雄太 裕太 雄一 洋平 康介 俊介 圭介 大介 雄介 亮介
    洋介 慎也 和彦 正人 直人 隆之 浩之 博之 和夫 正夫 幸男 昭 稔 勝 弘 武 功 哲也
    信也 克也 雅之 将太 勇気 一輝 光 大地 匠 駿 隼人 蒼空 悠人 陽斗 瑛太 蒼真 智
    哲 仁 純一 伸一 賢一 正和 秀人 義男 光男 清志 健太郎 康平 翔平 拓真 陽介 晴""".split()

JA_FEMALE_NAMES = """陽子 恵子 京子 幸子 洋子 和子 裕子 久美子 由美子 真由美 明美 直美
    智子 美穂 恵 愛 彩 舞 瞳 麻衣 美咲 優子 香織 沙織 友美 真理子 由美 陽菜 結衣 葵
    凛 結菜 芽依 紬 陽葵 澪 莉子 美桜 咲良 心春 杏 詩 結愛 花 七海 彩花 美羽 美月
    楓 愛子 優奈 彩乃 千尋 遥 菜々子 奈々 明日香 真央 沙也加 亜美 智美 由香 里奈
    愛美 美香 由紀 理恵 幸恵 典子 順子 節子 悦子 美智子 純子 信子 良子 文子 弘子
    正子 和美 久子 友子 直子 純 恵美 麻美 真美 香 綾 彩香 瑞穂 千晴 美優 未来 希
    琴音 花音 萌 桃子 菜月 美保 早紀 夏美 春香 千夏 紀子 敦子 康子 昌子""".split()

# ---------------------------------------------------------------------------
# Streets (written for synthgen; common street-name patterns of each country)
# ---------------------------------------------------------------------------
GB_STREET_BASES = """High|Church|Station|Victoria|Main|Park|London|Mill|School|Manor|
    Queen's|King's|Green|Chapel|North|South|West|East|New|Old|Bridge|Castle|
    Market|Queen|King|George|Albert|Alexandra|Windsor|York|Grange|Orchard|
    Meadow|Springfield|Highfield|Cedar|Oak|Elm|Ash|Beech|Birch|Willow|Maple|
    Chestnut|Sycamore|Hawthorn|Holly|Laurel|Rowan|Poplar|Lime|Pine|Cherry|
    Rose|Primrose|Heather|Fern|Clarence|Stanley|Nelson|Wellington|Trafalgar|
    Waterloo|Marlborough|Devonshire|Cambridge|Oxford|Warwick|Richmond|
    Lancaster|Gloucester|Cromwell|Milton|Byron|Tennyson|Chaucer|Cavendish|
    Russell|Grosvenor|Portland|Bedford|Salisbury|Sandringham|Balmoral|
    Hampton|Belmont|Beaufort|Clifton|Hillside|Valley|Woodland|Forest|Wood|
    Brook|River|Riverside|Fairfield|Fairway|Greenfield|Westfield|Eastfield|
    Northfield|Southfield|Moor|Heath|Common|Hill|Bank|Field|Farm|Long|Back|
    Cross|Front|Well|Spring|Abbey|Priory|St John's|St Mary's|St Peter's|
    St Andrew's|St Michael's|St George's|St James's|Prince's|Regent|Princess|
    Coronation|Jubilee|Union|Commercial|Water|Dock|Quay|Harbour|Canal|
    Railway|Sandy|Stoney|Vicarage|Rectory|Glebe|Court|Hall|Lodge|Cottage|
    Kiln|Forge|Tannery|Brewery|Wharf|Ferry|Beacon|Windmill|Mount|Ridge|
    Crown|Bell|Swan|Red Lion|Nursery|Garden|Lake|Pond|Marsh|Links|Downs|
    Edward|Charles|William|Henry|Arthur|Frederick|Alfred|Elizabeth|Mary|
    Catherine|Charlotte|Florence|Nightingale|Darwin|Newton|Kipling|Dickens|
    Hardy|Elgar|Livingstone|Churchill|Kennedy|Shaftesbury|Buckingham|
    Somerset|Norfolk|Suffolk|Kent|Essex|Sussex|Surrey|Devon|Cornwall|Dorset|
    Chester|Durham|Lincoln|Stafford|Derby|Howard|Percy|Mowbray|Neville|
    Blenheim|Osborne|Ashley|Ashfield|Brookfield|Mayfield|Oakfield|Whitehall|
    Redhill|Broad|Narrow|Stone|Barn|Priory Park|Beechwood|Oakwood|Elmwood|
    Pinewood|Hazel|Juniper|Alder|Aspen|Linden|Magnolia|Lilac|Foxglove|
    Bluebell|Daffodil|Kingfisher|Heron|Swallow|Lark|Thrush|Robin|Wren|Falcon"""

GB_STREET_TYPES = [  # (type, abbreviation, weight)
    ("Road", "Rd", 30), ("Street", "St", 24), ("Lane", "Ln", 12),
    ("Close", "Cl", 10), ("Avenue", "Ave", 8), ("Drive", "Dr", 7),
    ("Way", "Way", 5), ("Gardens", "Gdns", 3), ("Crescent", "Cres", 3),
    ("Grove", "Gr", 2), ("Place", "Pl", 2), ("Court", "Ct", 2),
    ("Terrace", "Ter", 2), ("Hill", "Hill", 1), ("Square", "Sq", 1),
    ("Row", "Row", 1), ("Walk", "Wlk", 1), ("Mews", "Mews", 1),
    ("Rise", "Rise", 1), ("Parade", "Pde", 1), ("View", "View", 1),
    ("Green", "Grn", 1),
]

DE_STREETS = """Hauptstraße|Bahnhofstraße|Schulstraße|Gartenstraße|Dorfstraße|
    Bergstraße|Kirchstraße|Lindenstraße|Waldstraße|Ringstraße|Wiesenstraße|
    Friedhofstraße|Mühlenweg|Birkenweg|Am Sportplatz|Goethestraße|
    Schillerstraße|Mozartstraße|Beethovenstraße|Feldstraße|Poststraße|
    Parkstraße|Rosenstraße|Blumenstraße|Ahornweg|Eichenweg|Buchenweg|
    Tannenweg|Kastanienallee|Lessingstraße|Heinestraße|Uhlandstraße|
    Kantstraße|Bismarckstraße|Friedrichstraße|Wilhelmstraße|Karlstraße|
    Luisenstraße|Marktplatz|Am Markt|Kirchplatz|Rathausplatz|Breite Straße|
    Lange Straße|Neue Straße|Alte Straße|Talstraße|Sonnenstraße|Gartenweg|
    Wiesenweg|Feldweg|Am Bach|Am Anger|Am Hang|Am Berg|Mühlstraße|
    Brunnenstraße|Burgstraße|Schlossstraße|Industriestraße|Gewerbestraße|
    Ulmenweg|Erlenweg|Fliederweg|Tulpenweg|Nelkenweg|Rosenweg|Lilienweg|
    Veilchenweg|Kiefernweg|Fichtenweg|Lärchenweg|Amselweg|Drosselweg|
    Finkenweg|Meisenweg|Lerchenweg|Schwalbenweg|Falkenstraße|Adlerstraße|
    Bachstraße|Brückenstraße|Hafenstraße|Kanalstraße|Schützenstraße|
    Jahnstraße|Danziger Straße|Berliner Straße|Hamburger Straße|
    Münchner Straße|Frankfurter Straße|Kölner Straße|Leipziger Straße|
    Dresdner Straße|Bremer Straße|Stuttgarter Straße|Nürnberger Straße|
    Königsberger Straße|Breslauer Straße|Stettiner Straße|Kaiserstraße|
    Königstraße|Prinzenstraße|Herzogstraße|Fürstenstraße|Grafenstraße|
    Ritterstraße|Klosterstraße|Kapellenweg|Pfarrgasse|Kirchgasse|Schulgasse|
    Mühlgasse|Badstraße|Am Bahnhof|Bahnhofsplatz|Am Rathaus|Rathausstraße|
    Kaiser-Wilhelm-Straße|Friedrich-Ebert-Straße|Konrad-Adenauer-Straße|
    Willy-Brandt-Straße|Theodor-Heuss-Straße|Kurt-Schumacher-Straße|
    Martin-Luther-Straße|Albert-Schweitzer-Straße|Robert-Koch-Straße|
    Max-Planck-Straße|Albert-Einstein-Straße|Geschwister-Scholl-Straße|
    Karl-Marx-Straße|Rosa-Luxemburg-Straße|August-Bebel-Straße|
    Heinrich-Heine-Straße|Goetheplatz|Schillerplatz|Lutherstraße|
    Humboldtstraße|Herderstraße|Körnerstraße|Wielandstraße|Fontanestraße|
    Eichendorffstraße|Mörikestraße|Hölderlinweg|Brahmsstraße|Händelstraße|
    Schubertstraße|Haydnstraße|Wagnerstraße|Dürerstraße|Gutenbergstraße|
    Keplerstraße|Kopernikusstraße|Röntgenstraße|Dieselstraße|Benzstraße|
    Daimlerstraße|Siemensstraße|Boschstraße|Zeppelinstraße|
    Lilienthalstraße|Ackerstraße|Wiesengrund|Im Winkel|Im Grund|Im Tal|
    Hinter der Kirche|Zum Sportplatz|Zur Mühle|Zur Post|Am Waldrand|
    Am Friedhof|Am Schwimmbad|Am Park|Am Mühlbach|Am Kirchberg|
    Am Sonnenhang|Am Weinberg|Weinbergstraße|Hohe Straße|Steinweg|Sandweg|
    Grüner Weg|Kurze Straße|Querstraße|Nordstraße|Südstraße|Oststraße|
    Weststraße|Mittelstraße|Obere Hauptstraße|Untere Hauptstraße|Schulweg|
    Kirchweg|Lindenallee|Schlossallee|Parkallee|Birkenallee|Eichenallee|
    Seestraße|Uferstraße|Rheinstraße|Mainstraße|Donaustraße|Elbstraße|
    Weserstraße|Neckarstraße|Moselstraße|Isarstraße|Emsstraße|Lahnstraße|
    Ruhrstraße|Oderstraße|Saarstraße|Holunderweg|Haselnussweg|Wacholderweg|
    Am Lindenbaum|Eschenweg|Pappelweg|Weidenweg|Kirschenweg|Apfelweg|
    Birnbaumweg|Rotdornweg|Akazienweg|Platanenstraße|Sudetenstraße|
    Schlesierstraße|Pommernstraße|Westfalenstraße|Frankenstraße|
    Schwabenstraße|Bayernstraße|Hessenstraße|Sachsenstraße|Thüringer Straße|
    Friedenstraße|Freiheitsstraße|Einsteinstraße|Raiffeisenstraße|
    Kolpingstraße|Bonhoefferstraße|Stauffenbergstraße|Marienstraße|
    Annastraße|Elisabethstraße|Augustastraße|Viktoriastraße|Sophienstraße|
    Charlottenstraße|Wilhelminenstraße|Georgstraße|Ludwigstraße|
    Maximilianstraße|Leopoldstraße|Ottostraße|Heinrichstraße|Josefstraße|
    Paulstraße|Petersweg|Johannesstraße|Michaelstraße|Stephanstraße|
    Am Hof|Hofstraße|Scheunenweg|Im Wiesengrund|An der Kirche|An der Mühle|
    An der Schule|An der Post|Auf dem Kamp|Auf der Heide|Heideweg|
    Moorweg|Deichstraße|Am Deich|Strandstraße|Dünenweg|Hafenweg|
    Fischerstraße|Schifferstraße|Bäckerstraße|Schmiedestraße|Webergasse|
    Töpferstraße|Gerberstraße|Färberstraße|Brauhausstraße"""

FR_STREETS = """Rue de la République|Rue Victor Hugo|Rue Jean Jaurès|Rue de l'Église|
    Place de l'Église|Rue de la Gare|Avenue de la Gare|Rue du Moulin|
    Rue des Écoles|Grande Rue|Rue Principale|Rue du Château|Rue de la Mairie|
    Place de la Mairie|Rue Pasteur|Avenue Pasteur|Rue Gambetta|Avenue Gambetta|
    Rue Voltaire|Boulevard Voltaire|Rue Jules Ferry|Rue du Général de Gaulle|
    Avenue du Général de Gaulle|Place Charles de Gaulle|Rue Anatole France|
    Rue Émile Zola|Rue Carnot|Boulevard Carnot|Rue Jean Moulin|Rue de la Paix|
    Rue de la Liberté|Rue Nationale|Route Nationale|Rue du Commerce|
    Rue des Jardins|Rue des Lilas|Rue des Roses|Rue des Tilleuls|
    Allée des Tilleuls|Rue des Acacias|Allée des Acacias|Rue des Peupliers|
    Rue des Chênes|Rue des Érables|Rue des Marronniers|Rue des Vignes|
    Rue des Prés|Rue des Champs|Chemin des Vignes|Chemin du Moulin|
    Impasse des Lilas|Impasse du Moulin|Rue de la Fontaine|
    Place de la Fontaine|Rue du Stade|Rue de l'Hôtel de Ville|
    Place de l'Hôtel de Ville|Rue du 8 Mai 1945|Rue du 11 Novembre|
    Rue du 14 Juillet|Avenue du 8 Mai 1945|Rue de la Libération|
    Avenue de la Libération|Boulevard de la Libération|Rue du Lavoir|
    Rue du Four|Rue de la Forge|Rue du Pont|Rue de la Poste|Place du Marché|
    Rue du Marché|Rue des Halles|Rue de Paris|Avenue de Paris|Route de Paris|
    Rue de Lyon|Avenue de Lyon|Rue de Bordeaux|Rue de Strasbourg|
    Boulevard de Strasbourg|Rue de Verdun|Avenue de Verdun|Rue de la Marne|
    Rue Foch|Avenue Foch|Boulevard Foch|Rue Clemenceau|
    Avenue Georges Clemenceau|Rue Léon Blum|Avenue Jean Jaurès|
    Boulevard Jean Jaurès|Rue Paul Bert|Rue Louis Pasteur|Rue Pierre Curie|
    Rue Marie Curie|Rue Albert Camus|Rue Jacques Prévert|
    Rue Jean de la Fontaine|Rue Molière|Rue Racine|Rue Corneille|
    Rue Lamartine|Rue Alphonse Daudet|Rue Alfred de Musset|Rue George Sand|
    Rue Honoré de Balzac|Rue Gustave Flaubert|Rue Guy de Maupassant|
    Rue Jules Verne|Rue Charles Péguy|Rue Saint-Martin|Rue Saint-Pierre|
    Rue Saint-Jacques|Rue Saint-Nicolas|Rue Saint-Michel|Rue Sainte-Anne|
    Rue Notre-Dame|Rue du Calvaire|Rue de la Croix|Rue du Presbytère|
    Rue du Cimetière|Rue de la Chapelle|Rue des Sports|Rue des Fleurs|
    Rue des Mésanges|Rue des Hirondelles|Rue des Alouettes|Rue du Bois|
    Chemin du Bois|Rue de la Forêt|Rue de la Rivière|Rue du Canal|
    Quai du Port|Rue du Port|Rue de la Plage|Avenue de la Mer|
    Rue des Pêcheurs|Rue du Parc|Avenue du Parc|Rue des Vergers|
    Rue des Cerisiers|Rue des Pommiers|Rue du Verger|Rue Neuve|Rue Haute|
    Rue Basse|Rue Longue|Rue du Centre|Rue du Midi|Rue du Nord|
    Avenue de la Résistance|Rue de la Résistance|Rue des Déportés|
    Rue des Anciens Combattants|Rue Aristide Briand|Avenue Aristide Briand|
    Rue Jean Monnet|Rue Robert Schuman|Avenue Jean Monnet|
    Rue du Maréchal Leclerc|Avenue du Maréchal Leclerc|
    Rue du Maréchal Joffre|Rue Thiers|Rue de Metz|Rue d'Alsace|
    Rue de Lorraine|Rue de Bretagne|Rue de Normandie|Avenue de Bretagne|
    Rue de Provence|Rue de la Tour|Rue du Puits|Rue des Remparts|
    Rue des Tanneurs|Rue des Bouchers|Cours Gambetta|Cours de la République|
    Cours Victor Hugo|Cours Jean Jaurès|Place de la République|
    Place Victor Hugo|Place de la Gare|Place du Général de Gaulle|
    Place Jean Jaurès|Place de la Liberté|Place de la Libération|
    Place Saint-Pierre|Boulevard de la République|Boulevard Gambetta|
    Boulevard Victor Hugo|Boulevard Pasteur|Avenue de la République|
    Avenue Victor Hugo|Avenue Charles de Gaulle|Avenue Jean Moulin|
    Avenue des Tilleuls|Avenue Émile Zola|Avenue Jules Ferry|Avenue Carnot|
    Rue du Docteur Schweitzer|Rue Condorcet|Rue Diderot|Rue Montesquieu|
    Rue Jean-Jacques Rousseau|Rue Danton|Rue Mirabeau|Rue Lafayette|
    Boulevard Lafayette|Rue Hoche|Rue Kléber|Rue Marceau|Rue Berthelot|
    Rue Ampère|Rue Denis Papin|Rue Branly|Rue Parmentier|Rue Buffon|
    Rue Lavoisier|Rue Pierre et Marie Curie|Rue Louis Blériot|
    Rue Antoine de Saint-Exupéry|Rue Roger Salengro|Rue Gabriel Péri|
    Rue Paul Vaillant-Couturier|Rue Henri Barbusse|Rue Maurice Ravel|
    Rue Claude Debussy|Rue Hector Berlioz|Rue Georges Bizet|Rue Paul Éluard|
    Rue Louis Aragon|Rue Arthur Rimbaud|Rue Paul Verlaine|Rue Frédéric Mistral|
    Rue Jean Mermoz|Rue Édouard Herriot|Rue Pierre Brossolette|
    Allée des Pins|Allée des Bouleaux|Allée des Charmes|Allée du Parc|
    Allée des Rosiers|Impasse des Jardins|Impasse de la Forge|
    Impasse des Vignes|Chemin de la Croix|Chemin des Prés|Chemin des Écoliers|
    Chemin de Halage|Sentier des Vignes|Route de la Plage|Route du Moulin|
    Rue du Lac|Rue de la Source|Rue des Sources|Rue de la Colline|
    Rue du Soleil|Rue des Mimosas|Rue des Oliviers|Rue des Lavandes|
    Rue des Genêts|Rue des Bleuets|Rue des Coquelicots|Rue des Violettes|
    Rue des Glycines|Rue des Hortensias|Rue des Camélias|Rue des Iris"""

ES_STREETS = """Calle Mayor|Calle Real|Calle Nueva|Calle de la Iglesia|Plaza Mayor|
    Plaza de España|Plaza de la Constitución|Avenida de la Constitución|
    Calle San José|Calle San Juan|Calle San Antonio|Calle San Pedro|
    Calle Santiago|Calle Santa María|Calle del Carmen|Calle del Sol|
    Calle de la Luna|Calle Ancha|Calle Larga|Calle Alta|Calle Baja|
    Calle del Río|Calle del Pozo|Calle de la Fuente|Calle del Molino|
    Calle del Horno|Calle de las Eras|Calle del Campo|Calle de la Paz|
    Calle de la Libertad|Calle Castilla|Avenida de Andalucía|Calle Andalucía|
    Avenida de Madrid|Calle Madrid|Calle Toledo|Calle de Alcalá|Gran Vía|
    Calle Cervantes|Calle Miguel de Cervantes|Calle Lope de Vega|
    Calle Quevedo|Calle Góngora|Calle Calderón de la Barca|
    Calle Antonio Machado|Calle Federico García Lorca|
    Calle Juan Ramón Jiménez|Calle Rosalía de Castro|Calle Miguel Hernández|
    Calle Gustavo Adolfo Bécquer|Calle Pío Baroja|Calle Miguel de Unamuno|
    Calle Velázquez|Calle Goya|Calle Murillo|Calle Zurbarán|Calle Sorolla|
    Calle Pablo Picasso|Calle Colón|Avenida de Cristóbal Colón|
    Calle Hernán Cortés|Calle Magallanes|Calle Juan Sebastián Elcano|
    Calle Isaac Peral|Calle Ramón y Cajal|Avenida Ramón y Cajal|
    Calle Severo Ochoa|Calle Doctor Fleming|Calle Reyes Católicos|
    Calle Alfonso XIII|Avenida de Juan Carlos I|Calle Reina Sofía|
    Avenida Reina Sofía|Calle Reina Victoria|Calle Príncipe de Asturias|
    Avenida de Europa|Avenida de América|Calle Italia|Calle Francia|
    Calle Portugal|Calle Valencia|Calle Barcelona|Calle Sevilla|
    Calle Granada|Calle Málaga|Calle Córdoba|Calle Zaragoza|Calle Galicia|
    Calle Asturias|Calle Navarra|Calle Aragón|Calle Cataluña|
    Calle Extremadura|Calle Murcia|Calle Canarias|Calle Jaén|Calle Almería|
    Calle Cádiz|Calle Huelva|Calle Salamanca|Calle Segovia|Calle Ávila|
    Calle Burgos|Calle León|Calle Soria|Calle Teruel|Calle Cuenca|
    Calle Guadalajara|Calle Alicante|Calle Castellón|Calle Tarragona|
    Calle de los Olivos|Calle Olivo|Calle de los Almendros|
    Calle de los Naranjos|Calle de las Acacias|Calle de los Pinos|
    Calle del Pinar|Calle Álamos|Calle de las Rosas|Calle de los Claveles|
    Calle Jazmín|Calle de las Flores|Calle Amapola|Calle Azucena|
    Calle Violeta|Calle Margarita|Calle Lirio|Calle Geranio|Calle del Mar|
    Paseo Marítimo|Avenida del Mar|Calle de la Playa|Calle del Puerto|
    Calle Pescadores|Calle de la Marina|Calle del Castillo|
    Calle de la Muralla|Calle del Ayuntamiento|Plaza del Ayuntamiento|
    Plaza de la Iglesia|Plaza del Mercado|Calle del Mercado|
    Calle de la Estación|Avenida de la Estación|Calle del Cementerio|
    Calle de las Escuelas|Calle del Hospital|Calle del Convento|
    Calle de la Ermita|Camino Real|Camino de la Ermita|
    Camino del Cementerio|Calle de la Cruz|Calle del Agua|
    Calle Fuente Nueva|Calle de las Huertas|Calle Norte|
    Travesía de la Iglesia|Travesía Mayor|Calle Blas Infante|
    Avenida de Blas Infante|Calle Virgen del Pilar|Calle Virgen del Rosario|
    Calle Santa Ana|Calle Santa Teresa|Calle Santa Lucía|
    Calle Santa Bárbara|Calle Santo Domingo|Calle San Francisco|
    Calle San Miguel|Calle San Sebastián|Calle San Vicente|Calle San Roque|
    Calle San Isidro|Calle San Fernando|Calle San Lorenzo|
    Calle San Bartolomé|Calle San Blas|Calle San Marcos|Calle San Andrés|
    Calle San Cristóbal|Calle San Agustín|Plaza de San Juan|
    Avenida de la Libertad|Avenida de la Paz|Avenida de los Reyes Católicos|
    Avenida de Portugal|Avenida de Valencia|Avenida de Barcelona|
    Avenida de Cataluña|Avenida de Castilla|Avenida de Galicia|
    Calle Real de Arriba|Calle Real de Abajo|Calle Sol|Calle Luna|
    Calle Estrella|Calle Nieves|Calle Esperanza|Calle Caridad|
    Calle Constitución|Calle Libertad|Calle Independencia|Calle Progreso|
    Calle Industria|Calle Comercio|Calle Trabajo|Calle Pintor Sorolla|
    Calle Maestro Rodrigo|Calle Isaac Albéniz|Calle Manuel de Falla|
    Calle Enrique Granados|Calle Joaquín Turina|Calle Pablo Casals|
    Calle Clara Campoamor|Calle Concepción Arenal|Calle Emilia Pardo Bazán|
    Calle Gloria Fuertes|Calle Vicente Aleixandre|Calle Rafael Alberti|
    Calle Jorge Guillén|Calle Dámaso Alonso|Calle Luis Cernuda|
    Calle Camilo José Cela|Calle Benito Pérez Galdós|Calle Leopoldo Alas Clarín|
    Calle Menéndez Pelayo|Calle Jovellanos|Calle Padre Feijoo|
    Calle Ortega y Gasset|Calle Castelar|Calle Pi y Margall|Calle Sagasta|
    Calle Cánovas del Castillo|Calle Canalejas|Calle Espronceda|
    Calle Zorrilla|Calle Larra|Calle Núñez de Balboa|Calle Juan de Austria|
    Calle Jaime I|Calle Fernando el Católico|Calle Isabel la Católica|
    Calle Pelayo|Calle Don Quijote|Calle Sancho Panza|Calle Dulcinea|
    Calle El Greco|Calle Berruguete|Calle Juan de Herrera|Calle Gaudí|
    Calle de los Molinos|Calle de las Bodegas|Calle de la Vega|Calle del Prado|
    Calle Huerta|Calle Eras Altas|Calle Cuesta|Calle Subida de la Iglesia|
    Ronda Norte|Ronda Sur|Ronda de Poniente|Ronda de Levante|
    Avenida del Puerto|Paseo de la Estación|Paseo del Parque|Paseo de la Alameda|
    Calle Alameda|Plaza de la Alameda|Plaza de Toros|Plaza de los Naranjos"""

JA_STREETS = """本町|中央|栄町|旭町|緑町|幸町|錦町|昭和町|大手町|元町|新町|東町|西町|
    南町|北町|寿町|桜町|若葉町|日の出町|朝日町|大和町|住吉町|末広町|宮町|宮前|本郷|
    新田|中町|上町|下町|仲町|田町|浜町|港町|川端町|橋本町|駅前|駅南|城東|城西|城南|
    城北|東山|西山|北山|青葉台|緑が丘|桜ケ丘|光が丘|富士見|富士見町|松原|梅ケ丘|
    藤が丘|希望ケ丘|自由が丘|星が丘|旭ケ丘|泉町|清水町|平和町|平和台|文京町|学園町|
    美原町|花園町|弥生町|曙町|春日町|八幡町|天神町|稲荷町|寺町|鍛冶町|紺屋町|大工町|
    材木町|魚町|呉服町|茶屋町|鷹匠町|馬場町|御幸町|千代田|千歳町|常盤町|高砂町|相生町|
    東雲|有明|山手町|山下町|丸の内|堀川町|川原町|河原町|東本町|西本町|南本町|北本町|
    本通|中通|西新町|東新町|新栄町|栄|中央町|一番町|二番町|三番町|四番町|大町|今町|
    今泉|今宿|新川|古川町|白山|青山|赤坂|桜木町|柳町|松葉町|桃山町|若松町|若宮町|
    宮下町|宮本町|森下町|林町|太田町|原町|長町|高田町|日吉町|明治町|大正町|昭和通|
    海岸通|中島町|北野町|松が枝町|菊水町|豊町|福住町|小松町|向陽町|晴海|汐見町|
    浜田町|磯町|塩町|大通|本丸|二の丸|三の丸|殿町|御殿町|城山|城内|鉄砲町|紙屋町|
    米屋町|綿町|油町|瓦町|石町|銀座|新橋|京町|江戸町|蔵前|松原町|梅田町|竹原町|
    岡町|野田町|和田町|福田町|池田町|吉田町|山田町|川田町|上野町|下野町|中野町|
    東野町|西野町|南野町|北野台|緑町東|緑町西|桜台|若葉台|青葉町|みどり町|ひばりが丘|
    つつじが丘|すずらん台|もみじ台|さくら町|あけぼの町|ときわ台|ふじみ野|泉が丘|
    鶴見町|亀山町|松山町|竹の台|梅の木町|桃園町|柳原|萩町|菖蒲町|菊町|蓮池町|
    新港町|港南|港北|東港町|西港町|南港|北港|築地|新地|開発|出島|天王町|大宮町|
    神明町|愛宕町|白鳥町|鳳町|瑞穂町|豊田町|豊岡町|高松町|高見町|長浜町|大島町"""
