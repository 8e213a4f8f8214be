#!/usr/bin/env python3
"""Reference oracle for the GraphQL engine's differential tests: graphql-core 3.2.

Reads one JSON request on stdin and prints one JSON answer on stdout. The mode is the
first command-line argument:

  validate       {"schema": SDL, "documents": [text, ...]}
                 -> {"version": ..., "results": [{"syntaxError": ERROR | null,
                                                  "errors": [ERROR, ...]}, ...]}
                 Each document is parsed; when it parses it is validated against the
                 schema with the specified rules. When graphql-core itself raises while
                 validating, the verdict has "crash": "<exception>" instead. ERROR is {"message": str,
                 "locations": [[line, column], ...]}.
  introspection  {"schema": SDL, "introspection": DATA}
                 -> {"fromIntrospection": print_schema(build_client_schema(DATA)),
                     "fromSDL": print_schema(build_schema(SDL))}
                 DATA is the "data" entry of the full introspection query's result.
  query          {} -> {"query": get_introspection_query(every option on)}
  execute        {"schema": SDL, "document": text, "data": ROOT, "variables": {...},
                  "operationName": str | null}
                 -> {"data": ..., "errors": [ERROR, ...]} with the default resolvers
                 reading ROOT's dictionaries (abstract types by their "__typename").

Exit status 2 with a message on stderr when graphql-core is not installed: the tests
treat that as a failure and tell the user to run scripts/test.sh.
"""

import json
import re
import sys

try:
    import graphql
    from graphql import (
        GraphQLError,
        GraphQLSyntaxError,
        build_client_schema,
        build_schema,
        get_introspection_query,
        parse,
        print_schema,
        validate,
    )
except ImportError:
    sys.stderr.write(
        "graphql-core is not installed: run scripts/test.sh "
        "(it installs graphql-core>=3.2,<3.3 with pip)\n"
    )
    sys.exit(2)


LINE_TERMINATOR = re.compile(r"\r\n|[\n\r]")


def line_and_column(body: str, position: int) -> list:
    """Line and column of a position, lines ended by \\r\\n, \\n or \\r (spec §2.1.7).

    graphql-core 3.2's Source.get_location uses str.splitlines(), which puts a position
    at the start of a line at the end of the previous line and also breaks lines at
    \\v, \\f, \\x1c-\\x1e, \\x85, \\u2028 and \\u2029; the oracle recomputes the
    location from the error's positions instead (see docs/graphql-engine/conformance.md).
    Columns stay in graphql-core's own unit, code points (graphql-js counts UTF-16 units,
    so it says one more per astral character before the position).
    """
    line, line_start = 1, 0
    for match in LINE_TERMINATOR.finditer(body, 0, position):
        line, line_start = line + 1, match.end()
    return [line, position - line_start + 1]


def error_json(error: GraphQLError) -> dict:
    if error.source is not None and error.positions:
        locations = [line_and_column(error.source.body, p) for p in error.positions]
    else:
        locations = [[loc.line, loc.column] for loc in (error.locations or [])]
    return {"message": error.message, "locations": locations}


def run_validate(request: dict) -> dict:
    schema = build_schema(request["schema"])
    results = []
    for text in request["documents"]:
        try:
            document = parse(text)
        except GraphQLSyntaxError as error:
            results.append({"syntaxError": error_json(error), "errors": []})
            continue
        try:
            errors = validate(schema, document)
        except Exception as crash:  # graphql-core bugs: reported, never hidden
            results.append({"syntaxError": None, "errors": [], "crash": f"{type(crash).__name__}: {crash}"})
            continue
        results.append({"syntaxError": None, "errors": [error_json(e) for e in errors]})
    return {"version": graphql.__version__, "results": results}


def run_introspection(request: dict) -> dict:
    client_schema = build_client_schema(request["introspection"])
    return {
        "version": graphql.__version__,
        "fromIntrospection": print_schema(client_schema),
        "fromSDL": print_schema(build_schema(request["schema"])),
    }


def run_execute(request: dict) -> dict:
    schema = build_schema(request["schema"])
    result = graphql.execute(
        schema,
        parse(request["document"]),
        root_value=request["data"],
        variable_values=request.get("variables") or {},
        operation_name=request.get("operationName"),
    )
    return {
        "version": graphql.__version__,
        "data": result.data,
        "errors": [error_json(e) for e in (result.errors or [])],
    }


def full_introspection_query() -> str:
    return get_introspection_query(
        descriptions=True,
        specified_by_url=True,
        directive_is_repeatable=True,
        schema_description=True,
        input_value_deprecation=True,
        input_object_one_of=True,
    )


def main() -> int:
    if len(sys.argv) != 2 or sys.argv[1] not in ("validate", "introspection", "query", "execute"):
        sys.stderr.write("usage: graphql_core_oracle.py validate|introspection|query|execute < request.json\n")
        return 64
    mode = sys.argv[1]
    request = json.loads(sys.stdin.read() or "{}")
    if mode == "validate":
        answer = run_validate(request)
    elif mode == "execute":
        answer = run_execute(request)
    elif mode == "introspection":
        answer = run_introspection(request)
    else:
        answer = {"version": graphql.__version__, "query": full_introspection_query()}
    json.dump(answer, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
