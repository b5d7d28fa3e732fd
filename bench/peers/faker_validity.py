"""Python Faker making the columns of the validity schema (shared/bench/schemas/validity.json)
with its own methods, at its fastest reasonable use (methods bound once, rows streamed to the
stdlib csv writer), like the shared peers' faker_csv.py.

usage: python3 faker_validity.py ROWS OUT.csv
"""

import csv
import datetime
import sys

from faker import Faker

SEED = 42
BATCH = 1000


def main():
    if len(sys.argv) != 3:
        raise SystemExit("usage: faker_validity.py ROWS OUT.csv")
    rows, out = int(sys.argv[1]), sys.argv[2]
    fake = Faker("en_US")
    fake.seed_instance(SEED)
    end = datetime.datetime(2030, 1, 1)
    # Column -> Faker's own method for the same kind of value.
    columns = {
        "first_name": fake.first_name,
        "last_name": fake.last_name,
        "email": fake.email,
        "phone": fake.phone_number,
        "street": fake.street_address,
        "city": fake.city,
        "state": fake.state_abbr,
        "zip": fake.zipcode,
        "latitude": fake.latitude,
        "longitude": fake.longitude,
        "card_number": fake.credit_card_number,
        "iban": fake.iban,
        "bic": fake.swift,
        "isbn": fake.isbn13,
        "ean13": fake.ean13,
        "website": fake.url,
        "ipv4": fake.ipv4,
        "ipv6": fake.ipv6,
        "mac": fake.mac_address,
        "vin": fake.vin,
        "currency": fake.currency_code,
    }
    fns = list(columns.values())
    past = fake.date_time_between
    with open(out, "w", newline="", encoding="utf-8", buffering=1 << 20) as fp:
        w = csv.writer(fp, lineterminator="\n")
        w.writerow(list(columns) + ["created_at", "updated_at"])
        done = 0
        while done < rows:
            k = min(BATCH, rows - done)
            batch = []
            for _ in range(k):
                created = past(start_date="-2y", end_date="now")
                updated = past(start_date=created, end_date=end)
                batch.append([f() for f in fns] + [created.isoformat(), updated.isoformat()])
            w.writerows(batch)
            done += k


if __name__ == "__main__":
    main()
