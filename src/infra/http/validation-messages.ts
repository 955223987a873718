// Vietnamese wording for class-validator's constraints; the English default is the fallback.
const MESSAGES: Record<string, string> = {
  whitelistValidation: 'không phải là trường được chấp nhận',
  isDefined: 'là bắt buộc',
  isNotEmpty: 'không được để trống',
  isString: 'phải là chuỗi ký tự',
  isInt: 'phải là số nguyên',
  isNumber: 'phải là số',
  isBoolean: 'phải là true hoặc false',
  isDate: 'phải là ngày giờ hợp lệ',
  isDateString: 'phải là ngày giờ theo ISO 8601',
  isISO8601: 'phải là ngày giờ theo ISO 8601',
  isEmail: 'phải là địa chỉ e-mail hợp lệ',
  isUUID: 'phải là UUID hợp lệ',
  isEnum: 'không thuộc các giá trị cho phép',
  isIn: 'không thuộc các giá trị cho phép',
  isArray: 'phải là danh sách',
  isObject: 'phải là đối tượng',
  arrayNotEmpty: 'không được là danh sách rỗng',
  arrayMaxSize: 'có quá nhiều phần tử',
  arrayMinSize: 'có quá ít phần tử',
  min: 'nhỏ hơn giá trị tối thiểu cho phép',
  max: 'lớn hơn giá trị tối đa cho phép',
  minLength: 'quá ngắn',
  maxLength: 'quá dài',
  length: 'có độ dài không hợp lệ',
  matches: 'không đúng định dạng',
  isPositive: 'phải là số dương',
  isPhoneNumber: 'phải là số điện thoại hợp lệ',
  nestedValidation: 'không hợp lệ',
};

export function describeConstraint(constraint: string, fallback: string): string {
  return MESSAGES[constraint] ?? fallback;
}
