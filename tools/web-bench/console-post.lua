-- wrk script: POST one read-only console query (the body is built by run.sh from the query it measures).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = os.getenv("PG_BENCH_BODY")
