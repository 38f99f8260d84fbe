# Messages of the trust work (zh-CN).
