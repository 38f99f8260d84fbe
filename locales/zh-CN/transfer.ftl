# Messages of the transfer work (zh-CN).
