-- wrk script: /api/search with varied text, so neither the output cache nor any per-text cache answers for the engine.
-- Each request joins two of 30 common words of the seed documents and a random number (as users type different things).
-- Usage: wrk -t2 -c16 -d10s -s tools/web-bench/search-varied.lua http://127.0.0.1:PORT
local words = {
  "商务", "自贸", "福州", "人社", "发展", "改革", "金融", "海关", "口岸", "数据", "科技", "文化", "交通", "税务", "市场",
  "监管", "港口", "物流", "跨境", "电商", "服务", "贸易", "投资", "人才", "园区", "片区", "平潭", "厦门", "马尾", "创新",
}

local function encode(text)
  return (text:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

request = function()
  local text = words[math.random(#words)] .. words[math.random(#words)] .. tostring(math.random(100000))
  return wrk.format("GET", "/api/search?q=" .. encode(text))
end
