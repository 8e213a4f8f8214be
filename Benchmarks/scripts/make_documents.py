#!/usr/bin/env python3
"""Writes the generated benchmark documents (1,000 aliases, depth 30) and the in-memory
data (data.json) into Benchmarks/Documents. Deterministic; run again after editing."""

import json
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Documents")


def aliases(count: int) -> str:
    lines = ["query Aliases {"]
    for index in range(count):
        field = ["apiVersion", "viewer { id }", "echo(int: %d, nonNullList: [])" % index][index % 3]
        lines.append("  a%d: %s" % (index, field))
    lines.append("}")
    return "\n".join(lines) + "\n"


def deep(depth: int) -> str:
    # unit -> property -> units -> property ... : one selection set per level.
    opening, closing = [], []
    kinds = ["property", "units"]
    opening.append("query Deep {\n  unit(id: \"u0\") {")
    for level in range(depth - 2):
        indent = "  " * (level + 2)
        opening.append("%sid\n%s%s {" % (indent, indent, kinds[level % 2]))
        closing.insert(0, "%s}" % indent)
    opening.append("  " * depth + "id")
    return "\n".join(opening) + "\n" + "\n".join(closing) + "\n  }\n}\n"


def user(index: int) -> dict:
    return {
        "id": "user-%d" % index, "name": "User %d" % index, "email": "user%d@example.com" % index,
        "phones": ["+49 30 %06d" % index], "roles": ["OWNER", "MANAGER"][: 1 + index % 2],
        "avatarUrl": "https://example.com/a/%d.png" % index, "__typename": "User",
    }


def money(minor: int) -> dict:
    return {"amount": "%d.%02d" % divmod(minor, 100), "currency": "EUR", "formatted": "%d,%02d EUR" % divmod(minor, 100)}


def lease(p: int, u: int) -> dict:
    return {
        "id": "lease-%d-%d" % (p, u), "status": "ACTIVE", "startsOn": "2024-01-01", "endsOn": None,
        "rent": money(85000 + 100 * u), "deposit": money(255000), "__typename": "Lease",
    }


def unit(p: int, u: int) -> dict:
    return {
        "id": "unit-%d-%d" % (p, u), "displayName": "Unit %d.%d" % (p, u), "kind": "APARTMENT",
        "floor": u, "area": 54.5 + u, "rooms": 2.5, "occupied": u % 4 != 0,
        "currentLease": lease(p, u) if u % 4 != 0 else None, "__typename": "Unit",
    }


def prop(p: int) -> dict:
    return {
        "id": "property-%d" % p, "displayName": "Property %d" % p, "unitCount": 5,
        "yearBuilt": 1900 + p, "tags": ["altbau", "berlin"], "oldCode": "P%d" % p,
        "address": {"street": "Street %d" % p, "postalCode": "10%03d" % p, "city": "Berlin",
                    "country": "DE", "lines": "Street %d, Berlin" % p},
        "manager": user(100 + p), "units": [unit(p, u) for u in range(5)], "__typename": "Property",
    }


def chain(depth: int, index: int = 0) -> dict:
    # Alternating Unit and Property objects, deeper than any document needs.
    node = {"id": "leaf"}
    for level in range(depth, 0, -1):
        if level % 2 == 1:
            node = {"id": "unit-%d" % level, "property": node}
        else:
            node = {"id": "property-%d" % level, "units": [node]}
    return node


def data() -> dict:
    properties = [prop(p) for p in range(10)]
    return {
        "apiVersion": "1.0.0",
        "echo": "ok",
        "search": [],
        "viewer": user(0),
        "property": properties[0],
        "unit": chain(40),
        "organization": {
            "id": "org-1", "displayName": "Example Estates", "slug": "example", "defaultCurrency": "EUR",
            "members": [{"role": "MANAGER", "since": "2020-01-01", "user": user(i)} for i in range(5)],
            "properties": {
                "totalCount": 10,
                "pageInfo": {"hasNextPage": False, "hasPreviousPage": False, "startCursor": "c0", "endCursor": "c9"},
                "edges": [{"cursor": "c%d" % p, "node": properties[p]} for p in range(10)],
            },
        },
    }


if __name__ == "__main__":
    with open(os.path.join(HERE, "aliases-1000.graphql"), "w") as f:
        f.write(aliases(1000))
    with open(os.path.join(HERE, "depth-30.graphql"), "w") as f:
        f.write(deep(30))
    with open(os.path.join(HERE, "data.json"), "w") as f:
        json.dump(data(), f, indent=1, sort_keys=True)
        f.write("\n")
