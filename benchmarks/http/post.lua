-- wrk script: POST the ketamine → synaptogenesis pathways query (the body is read from query.json).
local f = assert(io.open(os.getenv("QUERY_FILE") or "query.json", "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

-- Print p50/p99 in a line run.sh can parse.
done = function(summary, latency, requests)
  -- ok_rps counts 2xx answers only: a 503 from the admission gate is a refusal, not a served request.
  io.write(string.format("RESULT rps=%.1f ok_rps=%.1f p50_ms=%.3f p99_ms=%.3f errors=%d requests=%d\n",
    summary.requests / (summary.duration / 1e6), (summary.requests - summary.errors.status) / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests))
end
