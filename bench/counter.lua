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

-- WRK_PAUSE_MS: the pause before each request, as a person at a counter takes between
-- scans; 0 (the default) works flat out.
-- The pause varies by half of it either way, so that the counters do not move in step.
local pause = tonumber(os.getenv("WRK_PAUSE_MS") or "0")
if pause > 0 then
  delay = function() return math.random(math.floor(pause / 2), math.floor(pause * 3 / 2)) end
end

local session, token, borrower, item, site
local lent = false

-- A refusal is a finding: the first of each counter is printed with its answer.
local told = false
response = function(status, headers, body)
  if status < 300 then
    lent = not lent
  elseif not told then
    told = true
    io.write(string.format("REFUSED %d %s\n", status, body:sub(1, 300)))
  end
end

init = function(args)
  session, token, borrower, item = counter:match("(%S+) (%S+) (%S+) (%S+)")
  site = os.getenv("WRK_SITE")
  math.randomseed(os.time() + tonumber(borrower) * 7919 + #item)
  wrk.headers["Cookie"] = "SAMSKAPA_SESSION=" .. session
  wrk.headers["X-CSRF-TOKEN"] = token
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
end

-- The next request follows the last answer, not the last request: wrk calls request()
-- once more than it sends on the first thread, to check the script.
request = function()
  if not lent then
    return wrk.format("POST", "/api/v1/lending/sites/" .. site .. "/checkouts",
      nil, string.format('{"borrowerId":%s,"items":["%s"]}', borrower, item))
  end
  return wrk.format("POST", "/api/v1/lending/returns", nil,
    string.format('{"item":"%s","condition":"GOOD"}', item))
end
