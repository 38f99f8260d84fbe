# Messages of the list work (zh-CN).
