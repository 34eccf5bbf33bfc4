-- Plain load on the URL given to wrk; the result line only, so that nothing slows the measured requests.
local result = require("result")

function done(summary, latency, requests)
   result.write(summary, latency)
end
