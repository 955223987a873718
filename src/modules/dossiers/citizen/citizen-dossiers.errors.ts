import { DomainError } from '../../../common';
import { describeAction, type DossierAction } from '../domain';

export const actionNotForCitizens = (action: DossierAction): DomainError =>
  new DomainError(
    'forbidden',
    'dossier-action-not-for-citizens',
    'Công dân không thực hiện thao tác này',
    `Thao tác "${describeAction(action)}" do cán bộ thực hiện. Công dân chỉ có thể nộp lại hồ sơ đã bổ sung, gửi giấy tờ bổ sung hoặc rút hồ sơ.`,
  );
