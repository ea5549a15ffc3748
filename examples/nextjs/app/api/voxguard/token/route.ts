// app/api/voxguard/token/route.ts: browsers POST here (with their JWT) for a temporary streaming token.
import { voxguard } from '../../../../lib/voxguard'

export async function POST(request: Request): Promise<Response> {
  return (await voxguard()).streamingToken(request)
}
