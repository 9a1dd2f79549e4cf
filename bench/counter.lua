-- wrk script for bench/lending.sh: each thread is one counter (one connection), with its
-- own logged-in session, CSRF token, borrower and item, lending the item and taking it
-- back in turn through the JSON API, as a counter does with a scanner.
--
-- WRK_COUNTERS names a file with one line a counter: "session csrf-token borrower-id item".
-- done() prints the same one line of results as bench/run.sh's pages.
dofile(os.getenv("WRK_BENCH") .. "/report.lua")

local counters = {}
for line in io.lines(os.getenv("WRK_COUNTERS")) do
  if line ~= "" then counters[#counters + 1] = line end
end

local next_counter = 0
setup = function(thread)
  next_counter = next_counter + 1
  thread:set("counter", counters[next_counter])
end

local session, token, borrower, item, site
local lent = false

init = function(args)
  session, token, borrower, item = counter:match("(%S+) (%S+) (%S+) (%S+)")
  site = os.getenv("WRK_SITE")
  wrk.headers["Cookie"] = "SAMSKAPA_SESSION=" .. session
  wrk.headers["X-CSRF-TOKEN"] = token
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
end

request = function()
  lent = not lent
  if lent then
    return wrk.format("POST", "/api/v1/lending/sites/" .. site .. "/checkouts",
      nil, string.format('{"borrowerId":%s,"items":["%s"]}', borrower, item))
  end
  return wrk.format("POST", "/api/v1/lending/returns", nil,
    string.format('{"item":"%s","condition":"GOOD"}', item))
end
