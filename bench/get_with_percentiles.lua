-- wrk script: GET one path with a session cookie, then print requests/s, p50/p95/p99 and failures
-- on one line (wrk's own --latency table has no p95).
-- Usage: wrk ... -s bench/get_with_percentiles.lua URL -- PATH COOKIE
local path, cookie

function init(args)
  path, cookie = args[1], args[2]
end

function request()
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("requests/s %.0f | p50 %.1f ms | p95 %.1f ms | p99 %.1f ms | non-2xx %d | socket errors %d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
