-- wrk script for scripts/load-test: a mix of the dashboard's requests over many
-- different filters (40 countries x 24 months x 4 request kinds = 3,840 distinct URLs),
-- so that most requests early in a run miss the server's answer cache.
local countries = {"KAZ","UZB","KGZ","TJK","TKM","CHN","RUS","USA","IND","PAK","AFG","IRN","TUR","UKR","DEU","FRA",
  "GBR","JPN","KOR","PRK","ISR","PSE","SYR","IRQ","SAU","EGY","NGA","ETH","KEN","ZAF","BRA","MEX","VEN","COL","ARG",
  "AUS","IDN","PHL","VNM","MMR"}
local kinds = {
  function(c, m) return "/api/events?country=" .. c .. "&since=" .. m .. "&until=" .. m .. "&limit=50" end,
  function(c, m) return "/api/timeline?period=week&country=" .. c .. "&since=" .. m .. "&until=" .. m end,
  function(c, m) return "/api/events?actor=" .. c .. "&type=CONSULT&since=" .. m .. "&limit=50" end,
  function(c, m) return "/api/dyads?period=day&country=" .. c .. "&since=" .. m .. "&until=" .. m end,
}
math.randomseed(42)
request = function()
  local c = countries[math.random(#countries)]
  local y = 2024 + math.random(0, 1)
  local m = string.format("%d-%02d", y, math.random(1, 12))
  return wrk.format("GET", kinds[math.random(#kinds)](c, m))
end
