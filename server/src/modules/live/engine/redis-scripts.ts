/**
 * The Lua the Redis engine runs: each script is atomic in Redis, so a buy's checks and its
 * take cannot interleave with another's, on any number of servers. Every key of a deal shares
 * the hash tag {deal:<id>}, so Redis Cluster keeps a deal on one shard.
 *
 * KEYS: 1 terms (hash: quantity, limit, starts, ends, sold, expires), 2 buyers (hash buyer → units),
 * 3 answers (hash buyer\0key → claim JSON), 4 claims (stream for the persister).
 *
 * A deal's keys expire a day after the deal ends (late retries and expiries are long over; the
 * database is the record, and a deal touched after that is counted from it again), so Redis
 * does not grow with every deal ever sold.
 */

/** ARGV: quantity, limit, starts ms, ends ms, then pairs buyer/units, then pairs answerKey/claim JSON, counts first. */
export const INIT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local expires = tonumber(ARGV[4]) + 86400000
redis.call('HSET', KEYS[1], 'quantity', ARGV[1], 'limit', ARGV[2], 'starts', ARGV[3], 'ends', ARGV[4], 'sold', ARGV[5], 'expires', expires)
local buyers = tonumber(ARGV[6])
local i = 7
for _ = 1, buyers do redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1]); i = i + 2 end
local answers = tonumber(ARGV[i]); i = i + 1
for _ = 1, answers do redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 1]); i = i + 2 end
for k = 1, 4 do redis.call('PEXPIREAT', KEYS[k], expires) end
return 1
`;

/**
 * Several buys of one deal in one call, in order, each exactly as if alone.
 * ARGV: per buy five values: buyer, quantity, answer key, claim JSON (for the answer and the
 * stream), now ms. Returns per buy {outcome, detail}: {'repeat', claim JSON} | {'ok', left} | {refusal, left}
 * | {'missing', 0} when the deal's keys are gone (expired): the engine counts it from the database again.
 */
export const BUY = `
local function buy(buyer, wanted, answerKey, claim, now)
  local earlier = redis.call('HGET', KEYS[3], answerKey)
  if earlier then return {'repeat', earlier} end
  local terms = redis.call('HMGET', KEYS[1], 'quantity', 'limit', 'starts', 'ends', 'sold')
  if not terms[1] then return {'missing', 0} end
  local quantity, limit, starts, ends, sold = tonumber(terms[1]), tonumber(terms[2]), tonumber(terms[3]), tonumber(terms[4]), tonumber(terms[5])
  if now < starts then return {'deal_not_started', quantity - sold} end
  if now >= ends then return {'deal_ended', quantity - sold} end
  local own = tonumber(redis.call('HGET', KEYS[2], buyer) or '0')
  if own + wanted > limit then return {'over_limit', quantity - sold} end
  if sold + wanted > quantity then return {'sold_out', quantity - sold} end
  redis.call('HINCRBY', KEYS[1], 'sold', wanted)
  redis.call('HINCRBY', KEYS[2], buyer, wanted)
  redis.call('HSET', KEYS[3], answerKey, claim)
  redis.call('XADD', KEYS[4], '*', 'claim', claim)
  return {'ok', quantity - sold - wanted}
end
local answers = {}
for i = 1, #ARGV, 5 do
  answers[#answers + 1] = buy(ARGV[i], tonumber(ARGV[i + 1]), ARGV[i + 2], ARGV[i + 3], tonumber(ARGV[i + 4]))
end
local expires = redis.call('HGET', KEYS[1], 'expires')
if expires then for k = 2, 4 do redis.call('PEXPIREAT', KEYS[k], expires) end end
return answers
`;

/** ARGV: buyer, units: an expired claim's units back to the deal. */
export const GIVE_BACK = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HINCRBY', KEYS[1], 'sold', -tonumber(ARGV[2]))
redis.call('HINCRBY', KEYS[2], ARGV[1], -tonumber(ARGV[2]))
return 1
`;
