-- wrk script: POST one evidence file as JSON. The file is EVIDENCE, by default the
-- North Lanarkshire example (run from the repository root).
local path = os.getenv("EVIDENCE") or "examples/north-lanarkshire-2023.json"
local file = assert(io.open(path, "r"), "cannot read " .. path)
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"

-- Count answers other than 200, which would make the latencies meaningless.
local failures = 0
function response(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("non-200 answers: %d\n", summary.errors.status))
end
