# Messages of the habits work (zh-CN).
