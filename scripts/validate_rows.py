"""Check generated rows of the validity schema with independent, widely used validators
(not code of ours): python-stdnum (Luhn, IBAN, BIC, ISBN, EAN), vininfo (VIN check digit), phonenumbers
(libphonenumber), email-validator, and the zipcodes package's ZIP -> state table.

Two row-coherence shares are measured too: the e-mail's local part made from the row's
first or last name (target >= 95%), and, for US rows, the phone's area code lying in the
row's state according to libphonenumber's geocoder (target >= 99.9%).

usage: python3 scripts/validate_rows.py ROWS.csv [REGION]   (pip install python-stdnum
phonenumbers email-validator zipcodes vininfo). Prints the share of valid values per column and
exits 1 when a checksum or format column is below 100% or a share is below its target.
"""

import csv
import os
import sys
import unicodedata
from collections import Counter

import phonenumbers
import zipcodes
from email_validator import EmailNotValidError, validate_email
from phonenumbers import geocoder
from stdnum import bic, ean, iban, isbn, luhn
from vininfo import Vin


# US state names as libphonenumber's English geocoder writes them (facts).
STATES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA",
    "Colorado": "CO", "Connecticut": "CT", "Delaware": "DE", "Florida": "FL", "Georgia": "GA",
    "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL", "Indiana": "IN", "Iowa": "IA", "Kansas": "KS",
    "Kentucky": "KY", "Louisiana": "LA", "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA",
    "Michigan": "MI", "Minnesota": "MN", "Mississippi": "MS", "Missouri": "MO", "Montana": "MT",
    "Nebraska": "NE", "Nevada": "NV", "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM",
    "New York": "NY", "North Carolina": "NC", "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK",
    "Oregon": "OR", "Pennsylvania": "PA", "Rhode Island": "RI", "South Carolina": "SC",
    "South Dakota": "SD", "Tennessee": "TN", "Texas": "TX", "Utah": "UT", "Vermont": "VT",
    "Virginia": "VA", "Washington": "WA", "Washington State": "WA", "West Virginia": "WV",
    "Wisconsin": "WI", "Wyoming": "WY", "Washington D.C.": "DC", "District of Columbia": "DC",
}


def phone_state(value):
    """The state libphonenumber's geocoder places a US number in, or None."""
    try:
        text = geocoder.description_for_number(phonenumbers.parse(value, "US"), "en")
    except phonenumbers.NumberParseException:
        return None
    if len(text) > 4 and text[-4:-2] == ", ":
        return text[-2:]  # "New York, NY"
    return STATES.get(text)


def romanized_names():
    """ja_JP names are kanji; their Latin spelling is in the locale's romanized_names.tsv."""
    path = os.path.join(os.path.dirname(__file__), "..", "Resources", "locales", "ja_JP", "romanized_names.tsv")
    with open(path, encoding="utf-8", newline="") as f:
        return {r["name"]: r["romanized"] for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)}


def spellings(name, romanized):
    """Lowercase ASCII spellings of a name: accents dropped (müller) and German (mueller)."""
    name = romanized.get(name, name)
    german = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    german = german.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    out = set()
    for text in (name, german):
        ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
        out.add("".join(ch for ch in ascii_text if ch.isalnum()))
    return {s for s in out if len(s) >= 2}


def email_from_name(row, romanized):
    """Whether the e-mail's local part contains the row's first or last name."""
    local = row["email"].split("@")[0].lower()
    return any(s in local for s in spellings(row["first_name"], romanized) | spellings(row["last_name"], romanized))


def check(column, value, row, region):
    if column == "card_number":
        return luhn.is_valid(value) and 13 <= len(value) <= 19
    if column == "iban":
        return iban.is_valid(value)
    if column == "bic":
        return bic.is_valid(value)
    if column == "isbn":
        return isbn.is_valid(value)
    if column == "ean13":
        return ean.is_valid(value) and len(value) == 13
    if column == "vin":
        try:
            return len(value) == 17 and Vin(value).verify_checksum()
        except Exception:
            return False
    if column == "phone":
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(value, region))
        except phonenumbers.NumberParseException:
            return False
    if column == "email":
        try:
            validate_email(value, check_deliverability=False)
            return True
        except EmailNotValidError:
            return False
    if column == "zip" and region == "US":
        found = zipcodes.matching(value)
        return bool(found) and found[0]["state"] == row["state"]
    if column == "updated_at":
        return value > row["created_at"]
    return None


def main():
    path = sys.argv[1]
    region = sys.argv[2] if len(sys.argv) > 2 else "US"
    valid, total = Counter(), Counter()
    # Coherence shares: (name, target) -> [matching rows, rows].
    shares = {}
    romanized = romanized_names()
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for column, value in row.items():
                result = check(column, value, row, region)
                if result is None:
                    continue
                total[column] += 1
                valid[column] += bool(result)
            if {"first_name", "last_name", "email"} <= row.keys():
                tally = shares.setdefault(("email from name", 0.95), [0, 0])
                tally[0] += email_from_name(row, romanized)
                tally[1] += 1
            if region == "US" and {"phone", "state"} <= row.keys():
                tally = shares.setdefault(("area code in state", 0.999), [0, 0])
                tally[0] += phone_state(row["phone"]) == row["state"]
                tally[1] += 1
    failed = False
    for column in sorted(total):
        share = valid[column] / total[column]
        print(f"{column:12} {valid[column]:>8}/{total[column]:<8} {share:.4%}")
        if column not in ("phone",) and share < 1.0:
            failed = True
        if column == "phone" and share < 0.999:
            failed = True
    for (name, target), (hits, rows) in shares.items():
        share = hits / rows
        print(f"{name:20} {hits:>8}/{rows:<8} {share:.4%} (target {target:.1%})")
        failed |= share < target
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
