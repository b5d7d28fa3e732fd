"""Check generated rows of the validity schema with independent, widely used validators
(not code of ours): python-stdnum (Luhn, IBAN, BIC, ISBN, EAN), vininfo (VIN check digit), phonenumbers
(libphonenumber), email-validator, and the zipcodes package's ZIP -> state table.

usage: python3 scripts/validate_rows.py ROWS.csv [REGION]   (pip install python-stdnum
phonenumbers email-validator zipcodes vininfo). Prints the share of valid values per column and
exits 1 when a checksum or format column is below 100%.
"""

import csv
import sys
from collections import Counter

import phonenumbers
import zipcodes
from email_validator import EmailNotValidError, validate_email
from stdnum import bic, ean, iban, isbn, luhn
from vininfo import Vin


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
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for column, value in row.items():
                result = check(column, value, row, region)
                if result is None:
                    continue
                total[column] += 1
                valid[column] += bool(result)
    failed = False
    for column in sorted(total):
        share = valid[column] / total[column]
        print(f"{column:12} {valid[column]:>8}/{total[column]:<8} {share:.4%}")
        if column not in ("phone",) and share < 1.0:
            failed = True
        if column == "phone" and share < 0.999:
            failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
