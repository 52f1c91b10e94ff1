-- wrk script: posts registrations through the portal's form handler (issue 16 load test).
-- Each request registers a new, distinct fictitious cooperative with one OCOP product and one
-- delegate. Arguments (after --): the anti-forgery token, the pause in milliseconds between a
-- connection's requests (0: as fast as it can), the run's tag (kept in every name).
local threads = {}
local counter = 0


function setup(thread)
    thread:set("number", #threads)
    table.insert(threads, thread)
end

local function encode(text)
    return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
    token = args[1]
    pause = tonumber(args[2] or "0")
    tag = args[3] or "A"
    created = 0
    refused = 0
    statuses = {}
end

function request()
    counter = counter + 1
    local serial = number * 1000000 + counter
    local fields = {
        { "_csrf", token },
        { "o.organisationName", string.format("HTX Thử tải %s %d", tag, serial) },
        { "o.organisationKind", "Hợp tác xã" },
        { "o.organisationCode", string.format("55%08d", serial) },
        { "o.organisationProvince", "Sơn La" },
        { "o.organisationAddress", "Bản Thử Tải, xã Mường Chiên" },
        { "o.organisationMembers", "12" },
        { "o.contactName", string.format("Lò Văn Tải %d", serial) },
        { "o.contactPhone", string.format("09%08d", serial) },
        { "p0.productName", string.format("Chè shan tuyết lô %d", serial) },
        { "p0.productSet", "Chè tươi, chế biến" },
        { "p0.stars", "3" },
        { "p0.decisionNumber", string.format("%d/QĐ-UBND", 100 + serial % 900) },
        { "p0.decisionDate", "2025-06-12" },
        { "p0.issuingBody", "UBND tỉnh Sơn La" },
        { "d0.honorific", "ông" },
        { "d0.fullName", string.format("Lò Văn Tải %d", serial) },
        { "d0.position", "Giám đốc" },
        { "d0.delegatePhone", string.format("09%08d", serial) },
        { "hanh-dong", "gui" },
    }
    local parts = {}
    for _, field in ipairs(fields) do
        table.insert(parts, encode(field[1]) .. "=" .. encode(field[2]))
    end
    return wrk.format("POST", nil, {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["Cookie"] = "fairplan_csrf=" .. token,
    }, table.concat(parts, "&"))
end

function delay()
    return pause
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
    if status == 303 then
        created = created + 1
    else
        if refused == 0 then io.stderr:write("first refusal: HTTP " .. status .. "\n" .. body:sub(1, 2000) .. "\n") end
        refused = refused + 1
    end
end

function done(summary, latency, requests)
    local created, refused = 0, 0
    for _, thread in ipairs(threads) do
        created = created + thread:get("created")
        refused = refused + thread:get("refused")
    end
    io.write(string.format("registered (303): %d\nnot registered: %d\n", created, refused))
end
