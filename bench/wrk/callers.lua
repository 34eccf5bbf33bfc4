-- Callers cycling through several paths, each connection pausing between its requests, with answers counted by status.
-- Arguments after "--": the mean pause in milliseconds (0 for none), then the paths.
-- wrk has no rate limit: a connection sends its next request only after the pause that delay() returns, so
-- N connections pausing P ms make about N / (P + latency) requests per second. The pause is drawn between half and
-- one and a half times the mean, so that the connections do not stay in step.
local result = require("result")

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   pause_ms = tonumber(args[1])
   paths = {}
   for i = 2, #args do
      table.insert(paths, args[i])
   end
   next_path = 0
   statuses = {}
end

function request()
   next_path = next_path % #paths + 1
   return wrk.format(nil, paths[next_path])
end

function delay()
   return pause_ms * (0.5 + math.random())
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
   local totals = {}
   for _, thread in ipairs(threads) do
      for code, count in pairs(thread:get("statuses")) do
         totals[code] = (totals[code] or 0) + count
      end
   end
   result.write(summary, latency, totals)
end
