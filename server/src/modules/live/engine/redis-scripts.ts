/**
 * The Lua the Redis engine runs: each script is atomic in Redis, so a buy's checks and its
 * take cannot interleave with another's, on any number of servers. Every key of a deal shares
 * the hash tag {deal:<id>}, so Redis Cluster keeps a deal on one shard.
 *
 * KEYS: 1 terms (hash: quantity, limit, starts, ends, sold, expires), 2 buyers (hash buyer → units),
 * 3 answers (hash buyer\0key → claim JSON), 4 claims (stream for the persister: an entry a
 * script call, a `claim` field a claim).
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
 * Several buys of one deal in one call, in order, each exactly as if alone: the script keeps
 * the count, the buyers' units and the answers of the buys before it in this call. The deal's
 * terms are read once and what the accepted buys change is written once a key at the end (the
 * stream gets one entry holding them all): a command a buy for each of these cost Redis more
 * than twice the time (20 µs a buy, measured in bench/flash-sale).
 * ARGV: per buy five values: buyer, quantity, answer key, claim JSON (for the answer and the
 * stream), now ms. Returns two values a buy, flat: 'repeat', claim JSON | 'ok', left | refusal,
 * left | 'missing', 0 when the deal's keys are gone (expired): the engine counts it from the
 * database again. At most MAX_BUYS_PER_CALL buys a call: Lua's unpack of the writes stops at
 * about 8,000 values, and a script that fails after a write leaves that write in Redis.
 */
export const MAX_BUYS_PER_CALL = 1000;
export const BUY = `
if #ARGV > ${5 * MAX_BUYS_PER_CALL} then return redis.error_reply('more than ${MAX_BUYS_PER_CALL} buys in one call') end
local terms = redis.call('HMGET', KEYS[1], 'quantity', 'limit', 'starts', 'ends', 'sold', 'expires')
local out = {}
local function answer(outcome, detail) out[#out + 1] = outcome; out[#out + 1] = detail end
if not terms[1] then
  for _ = 1, #ARGV, 5 do answer('missing', 0) end
  return out
end
local quantity, limit, starts, ends, sold = tonumber(terms[1]), tonumber(terms[2]), tonumber(terms[3]), tonumber(terms[4]), tonumber(terms[5])
local own, answered, buyers, answers, claims = {}, {}, {}, {}, {}
for i = 1, #ARGV, 5 do
  local buyer, wanted, answerKey, claim, now = ARGV[i], tonumber(ARGV[i + 1]), ARGV[i + 2], ARGV[i + 3], tonumber(ARGV[i + 4])
  local earlier = answered[answerKey] or redis.call('HGET', KEYS[3], answerKey)
  if earlier then answer('repeat', earlier)
  elseif now < starts then answer('deal_not_started', quantity - sold)
  elseif now >= ends then answer('deal_ended', quantity - sold)
  else
    own[buyer] = own[buyer] or tonumber(redis.call('HGET', KEYS[2], buyer) or '0')
    if own[buyer] + wanted > limit then answer('over_limit', quantity - sold)
    elseif sold + wanted > quantity then answer('sold_out', quantity - sold)
    else
      sold = sold + wanted
      own[buyer] = own[buyer] + wanted
      answered[answerKey] = claim
      buyers[#buyers + 1] = buyer; buyers[#buyers + 1] = own[buyer]
      answers[#answers + 1] = answerKey; answers[#answers + 1] = claim
      claims[#claims + 1] = 'claim'; claims[#claims + 1] = claim
      answer('ok', quantity - sold)
    end
  end
end
if #claims > 0 then
  redis.call('HSET', KEYS[1], 'sold', sold)
  redis.call('HSET', KEYS[2], unpack(buyers))
  redis.call('HSET', KEYS[3], unpack(answers))
  redis.call('XADD', KEYS[4], '*', unpack(claims))
  if terms[6] then for k = 2, 4 do redis.call('PEXPIREAT', KEYS[k], terms[6]) end end
end
return out
`;

/** ARGV: buyer, units: an expired claim's units back to the deal. */
export const GIVE_BACK = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HINCRBY', KEYS[1], 'sold', -tonumber(ARGV[2]))
redis.call('HINCRBY', KEYS[2], ARGV[1], -tonumber(ARGV[2]))
return 1
`;
