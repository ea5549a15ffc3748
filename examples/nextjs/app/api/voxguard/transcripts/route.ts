// app/api/voxguard/transcripts/route.ts: submit (POST) and list (GET) the caller's transcripts.
import { voxguard } from '../../../../lib/voxguard'

export async function POST(request: Request): Promise<Response> {
  return (await voxguard()).transcripts(request)
}

export async function GET(request: Request): Promise<Response> {
  return (await voxguard()).transcripts(request)
}
