# Messages of the fit work (zh-CN).
