/** Waits until `ready()` holds, polling; announcements leave after the transaction commits. */
export async function eventually(ready: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!ready() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
}

export const procedure = (code: string) => ({
  code,
  title: `Thủ tục thử ${code}`,
  field: 'cu-tru' as const,
  requiredDocuments: [{ name: 'Tờ khai thay đổi thông tin cư trú', copies: 1 }],
})
