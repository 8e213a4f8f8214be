#!/usr/bin/env python3
"""Times graphql-core on the benchmark documents: parse, validate and execute (default
resolvers over the dictionaries of Documents/data.json), in microseconds per operation.
Prints {"version": ..., "results": {case: {phase: us}}} as JSON. Called by graphql-bench.

Arguments: case names (default all), --budget-ms N (time per measurement, default 1000).
"""

import json
import os
import sys
import timeit

import graphql

HERE = os.path.dirname(os.path.abspath(__file__))
DOCUMENTS = os.path.join(HERE, "..", "Documents")
SCHEMA = os.path.join(HERE, "..", "..", "Tests", "GraphQLEngineTests", "Differential", "Corpus", "schema.graphql")

CASES = [
    ("introspection", "introspection.graphql", None, {}),
    ("kitchen-sink", "kitchen-sink.graphql", "Kitchen", {"skip": False}),
    ("dashboard", "dashboard.graphql", None, {"slug": "example", "first": 10}),
    ("aliases-1000", "aliases-1000.graphql", None, {}),
    ("depth-30", "depth-30.graphql", None, {}),
]


def per_op_us(function, budget_s: float) -> float:
    """timeit: a batch of about a third of the budget, fastest of three batches."""
    timer = timeit.Timer(function)
    function()
    single = timer.timeit(1)
    number = max(1, int((budget_s / 3) / max(single, 1e-7)))
    return min(timer.repeat(3, number)) / number * 1e6


def main() -> int:
    args = sys.argv[1:]
    budget = 1.0
    if "--budget-ms" in args:
        index = args.index("--budget-ms")
        budget = int(args[index + 1]) / 1000
        del args[index:index + 2]
    selected = set(args)
    with open(SCHEMA) as f:
        schema = graphql.build_schema(f.read())
    with open(os.path.join(DOCUMENTS, "data.json")) as f:
        data = json.load(f)
    results = {}
    for name, file, operation, variables in CASES:
        if selected and name not in selected:
            continue
        with open(os.path.join(DOCUMENTS, file)) as f:
            text = f.read()
        document = graphql.parse(text)
        errors = graphql.validate(schema, document)
        if errors:
            raise SystemExit(f"graphql-core rejects {name}: {errors}")
        check = graphql.execute(schema, document, root_value=data, variable_values=variables, operation_name=operation)
        if check.errors:
            raise SystemExit(f"graphql-core execution errors in {name}: {check.errors}")
        results[name] = {
            "parse": per_op_us(lambda: graphql.parse(text), budget),
            "validate": per_op_us(lambda: graphql.validate(schema, document), budget),
            "execute": per_op_us(
                lambda: graphql.execute(schema, document, root_value=data, variable_values=variables,
                                        operation_name=operation),
                budget),
        }
    json.dump({"version": graphql.__version__, "results": results}, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
