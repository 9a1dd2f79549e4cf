-- wrk script for bench/run.sh.
--
-- With WRK_COOKIES set to a file of session ids (one a line), each request carries the
-- next session in turn, so that 50 connections act like 50 logged-in people rather than one
-- person whose session row every request has to update.
--
-- With WRK_QUERIES set to a file of search queries (one a line, as typed), each request
-- asks the page (/sok) for the next query in turn, URL-encoded, as ?q=<query>.
--
-- With WRK_THINK_MS set, each connection waits between its requests, a random time
-- between half and one and a half of it (so that the connections do not move in step):
-- that many people each reading a page before they ask for the next, rather than as many
-- clients asking as fast as they can. wrk's latency does not include the wait.
--
-- done() prints one parseable line. Latency percentiles come from wrk's histogram
-- (microseconds); requests/s is over the whole run; non2xx counts responses that were not
-- 2xx or 3xx (run.sh also checks that a page is the page, not a redirect to the login).
local function lines(file)
  local list = {}
  if file then
    for line in io.lines(file) do
      if line ~= "" then list[#list + 1] = line end
    end
  end
  return list
end

local function encode(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local sessions = lines(os.getenv("WRK_COOKIES"))
local queries = lines(os.getenv("WRK_QUERIES"))

if #sessions > 0 or #queries > 0 then
  -- Each thread starts at another place in the lists, so that threads do not move in step.
  local threads = 0
  setup = function(thread)
    thread:set("offset", threads * 7)
    threads = threads + 1
  end
  local next_session, next_query
  request = function()
    local path = nil
    if #sessions > 0 then
      next_session = ((next_session or offset) % #sessions) + 1
      wrk.headers["Cookie"] = "SAMSKAPA_SESSION=" .. sessions[next_session]
    end
    if #queries > 0 then
      next_query = ((next_query or offset) % #queries) + 1
      path = wrk.path .. "?q=" .. encode(queries[next_query])
    end
    return wrk.format(nil, path)
  end
end

local think_ms = tonumber(os.getenv("WRK_THINK_MS") or "")
if think_ms and think_ms > 0 then
  init = function()
    math.randomseed(os.time() + (offset or 0))
  end
  delay = function()
    return math.floor(think_ms * (0.5 + math.random()))
  end
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "RESULT p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f rps=%.1f requests=%d errors=%d non2xx=%d bytes_per_req=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests / seconds, summary.requests, errors, summary.errors.status,
    summary.requests > 0 and math.floor(summary.bytes / summary.requests) or 0))
end
