-- Reads that no two connections share: each thread, holding one connection, asks for users pages of a size of its
-- own (20 plus its number), cycling through pages 1 to 4, so that the broker can neither cache nor join two reads.
-- Argument after "--": the path up to the value of pageSize.
local result = require("result")

local threads = 0

function setup(thread)
   thread:set("number", threads)
   threads = threads + 1
end

function init(args)
   prefix = args[1] .. (20 + number) .. "&pageNumber="
   page = 0
end

function request()
   page = page % 4 + 1
   return wrk.format(nil, prefix .. page)
end

function done(summary, latency, requests)
   result.write(summary, latency)
end
