-- The one line that bench/run reads after a wrk run: exact figures instead of wrk's rounded text.
local result = {}

local function status_fields(statuses)
   local codes = {}
   for code in pairs(statuses) do
      table.insert(codes, code)
   end
   table.sort(codes)

   local fields = ""
   for _, code in ipairs(codes) do
      fields = fields .. string.format(" status_%d=%d", code, statuses[code])
   end
   return fields
end

function result.write(summary, latency, statuses)
   local errors = summary.errors
   local socket_errors = errors.connect + errors.read + errors.write + errors.timeout

   io.write(string.format(
      "RESULT requests=%d duration_us=%d p50_us=%.0f p90_us=%.0f p99_us=%.0f errors_status=%d errors_socket=%d%s\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
      errors.status, socket_errors, status_fields(statuses or {})))
end

return result
