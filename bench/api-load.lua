-- wrk script of the read API load (issue 7, figure 5; run by ApiLoadBench through bench/ui-api.sh):
-- every request is a GET with a bearer token for a random page; at the end one line "WRK key=value ..."
-- with the latency percentiles (ms) and the errors: answers with a status of 400 or more (wrk's own
-- count) and socket errors (connect, read, write, time-out).
--
-- There is deliberately no response() function: with one, wrk hands every answer's headers and body
-- to Lua, which took so much of the two cores the server shares with it that the server answered
-- 3,217 instead of 5,197 requests a second. ApiLoadBench checks before and after each run that the
-- path answers 200, so that a redirect or another 1xx/3xx answer cannot pass unseen.
--
-- wrk -t2 -c50 -d60s --timeout 30s -s bench/api-load.lua http://127.0.0.1:18080 -- <token> <path> <pages>
--   <path>: the path and query with %d where the page number goes, e.g. '/api/v1/reports?size=1&page=%d'
--   <pages>: pages are drawn uniformly from 0 to pages - 1

local next_id = 0

-- runs in the main Lua state, once per thread
function setup(thread)
   next_id = next_id + 1
   thread:set("id", next_id)
end

-- runs in each thread's own Lua state; globals here are that thread's
function init(args)
   token = args[1]
   path = args[2]
   pages = tonumber(args[3]) or 1
   math.randomseed(os.time() * 1000 + id)
   headers = { ["Authorization"] = "Bearer " .. token }
end

function request()
   return wrk.format("GET", string.format(path, math.random(0, pages - 1)), headers)
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format("WRK requests=%d seconds=%.3f p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f max_ms=%.3f "
         .. "status_errors=%d connect=%d read=%d write=%d timeout=%d\n",
      summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(95) / 1e3,
      latency:percentile(99) / 1e3, latency.max / 1e3, e.status, e.connect, e.read, e.write, e.timeout))
end
