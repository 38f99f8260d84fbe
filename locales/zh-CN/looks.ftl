# Messages of the looks work (zh-CN).
