import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'

const engine = createPiiEngine()
const names = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe('names in Vietnamese text', () => {
  it('a family name and its syllables, written or said; the given name said again', () => {
    expect(names('Khách hàng Đặng Thị Bích Ngọc đề nghị cấp lại thẻ, SĐT 0903 118 472.')).toEqual(['Đặng Thị Bích Ngọc'])
    expect(names('CHỦ TÀI KHOẢN: VO VAN HUNG, ngân hàng ACB')).toEqual(['VO VAN HUNG'])
    expect(names('dạ em tên phạm thị thu hằng  thu hằng  em muốn hỏi cước')).toEqual(['phạm thị thu hằng', 'thu hằng'])
  })

  it('a given name after a word of address', () => {
    expect(names('Em cảm ơn chị Loan ạ, mai em gửi lại hợp đồng cho anh Khoa nhé.')).toEqual(['Loan', 'Khoa'])
  })

  it("not a notice's words, streets, districts, cities or firms", () => {
    expect(names('Thông báo: hệ thống sẽ bảo trì, giao dịch thanh toán có thể bị gián đoạn. Thành tiền: 500.000 đ')).toEqual([])
    expect(names('Cửa hàng trên đường Nguyễn Trãi, Lê Lợi và Hai Bà Trưng mở cửa từ 8 giờ.')).toEqual([])
    expect(names('Chi nhánh Hà Nội và Hồ Chí Minh nghỉ lễ; quận Tân Bình vẫn mở.')).toEqual([])
    expect(names('mười hai tháng thì lãi suất bao nhiêu  năm phẩy hai phần trăm hả')).toEqual([])
  })

  it('an English name in Vietnamese text stays a name; Romanian text is not Vietnamese', () => {
    expect(names('Khách hàng nước ngoài: Sarah Whitfield, hộ chiếu đã xác minh, giao dịch thành công.')).toEqual(['Sarah Whitfield'])
    expect(names('Bună ziua, sunt Cristina Stănescu, aș vrea să plătesc factura până mâine, mulțumesc frumos.')).toContain('Cristina Stănescu')
  })
})
